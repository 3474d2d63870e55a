import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The widgets on the page that use the address, so that each knows the others' questions: a
 * page may show a city's own FAQ in one widget and the bundled FAQ in another.
 */
const onPage = new Set<HashLinkController>();

/** Which widget took the question the address names: one link opens one question. */
let taken: { hash: string; by: HashLinkController } | undefined;

/**
 * Deep links through the URL hash: tells the host which entry id the address names (on load
 * and on every hashchange), and writes the opened entry's id back with history.replaceState, so
 * the address can be shared without filling the history. A hash the page uses for itself (a tab,
 * an anchor: anything no widget on the page knows) is never replaced. An id that several widgets
 * show opens in one: the first that showed it, else the first in page order. `enabled()` false
 * turns all of this off, for pages that own their hash.
 */
export class HashLinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
    private readonly onLink: (id: string) => void,
    /** The widget has this entry (in any category). */
    private readonly isEntry: (id: string) => boolean,
    /** The widget shows this entry (among the categories it shows). */
    private readonly shows: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    onPage.add(this);
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    onPage.delete(this);
    if (taken?.by === this) taken = undefined;
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
    if (!id || !this.takes(id)) return;
    taken = { hash: location.hash, by: this };
    this.onLink(id);
  }

  /** Puts an opened entry's id in the address, or takes a closed one's out. */
  write(id: string, open: boolean): void {
    if (!this.enabled()) return;
    const current = this.id;
    const url = new URL(location.href);
    const ours = (other: string) => [...onPage].some((widget) => widget.enabled() && widget.isEntry(other));
    if (open && (!current || ours(current))) url.hash = encodeURIComponent(id);
    else if (!open && current === id && !this.takenByAnother()) url.hash = '';
    else return;
    const href = url.hash ? url.href : url.href.replace(/#$/, '');
    if (href === location.href) return;
    try {
      history.replaceState(history.state, '', href);
      taken = { hash: location.hash, by: this };
    } catch {
      // WebKit (Safari on every iPhone) throws a SecurityError after 100 address changes in
      // 10 seconds. The address is a convenience for sharing; opening the answer must not fail.
    }
  }

  /** Another widget on the page took the question the address names and still shows it. */
  private takenByAnother(): boolean {
    const id = this.id;
    return !!id && taken?.hash === location.hash && taken.by !== this && onPage.has(taken.by) && taken.by.shows(id);
  }

  /** This widget is the one to open `id`: nobody took it, and this is the first on the page to show it. */
  private takes(id: string): boolean {
    if (!this.shows(id) || this.takenByAnother()) return false;
    const first = [...onPage]
      .filter((widget) => widget.enabled() && widget.shows(id))
      .reduce((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_PRECEDING ? b : a));
    return first === this;
  }

  private readonly onHashChange = () => this.follow();
}
