import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Deep links through the URL hash: tells the host which entry id the address names (on load
 * and on every hashchange), and writes the opened entry's id back with history.replaceState, so
 * the address can be shared without filling the history. A hash the page uses for itself (a tab,
 * an anchor: anything `isEntry` does not know) is never replaced. `enabled()` false turns both
 * off, for pages that own their hash.
 */
export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly onLink: (id: string) => void,
    private readonly isEntry: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The entry id the address names, if any. */
  get id(): string | undefined {
    if (!this.enabled() || !location.hash) return undefined;
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined;
    }
  }

  /** Asks the host to show the entry the address names now (after data arrives, say). */
  follow(): void {
    const id = this.id;
    if (id) this.onLink(id);
  }

  /** Puts an opened entry's id in the address, or takes a closed one's out. */
  write(id: string, open: boolean): void {
    if (!this.enabled()) return;
    const current = this.id;
    const url = new URL(location.href);
    if (open && (!current || this.isEntry(current))) url.hash = encodeURIComponent(id);
    else if (!open && current === id) url.hash = '';
    else return;
    const href = url.hash ? url.href : url.href.replace(/#$/, '');
    if (href === location.href) return;
    try {
      history.replaceState(history.state, '', href);
    } catch {
      // WebKit (Safari on every iPhone) throws a SecurityError after 100 address changes in
      // 10 seconds. The address is a convenience for sharing; opening the answer must not fail.
    }
  }

  private readonly onHashChange = () => this.follow();
}
