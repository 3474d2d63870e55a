import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Typing pauses this long before the address follows (each write is a page view to analytics). */
const WRITE_DELAY_MS = 400;

/**
 * The query in one parameter of the page address (`search-param="q"`: `faq.html?q=粗大ごみ`):
 * read once, when the widget first renders, so that a site search or a poster's QR code can
 * link to a search; written back with history.replaceState as the reader types, once typing
 * pauses, where analytics (GA4's site search) read it. Only that parameter changes: the others
 * and the hash (deep links) stay, and no history entry is added.
 */
export class SearchParamController implements ReactiveController {
  /** The query the address holds, as far as this widget knows; unset until the first update. */
  private written: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly name: () => string,
    private readonly query: () => string,
  ) {
    host.addController(this);
  }

  /** The query the address carries for this widget, if any. */
  read(): string | null {
    const name = this.name();
    return name ? new URL(location.href).searchParams.get(name) : null;
  }

  hostUpdated(): void {
    const query = this.query().trim();
    // The query of the first render came from the address or the page: nothing to write.
    if (this.written === undefined) this.written = query;
    if (query === this.written || !this.name()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), WRITE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private write(): void {
    const name = this.name();
    const query = (this.written = this.query().trim());
    if (!name) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set(name, query);
    else url.searchParams.delete(name);
    if (url.href === location.href) return;
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // WebKit throws after 100 address changes in 10 seconds: the address is for analytics and
      // sharing; the search itself must not fail.
    }
  }
}
