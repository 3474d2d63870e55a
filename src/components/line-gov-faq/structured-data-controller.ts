import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqData, FaqEntry } from '../../data/faq-types.js';
import { faqPageJsonLd, jsonLdText } from './structured-data.js';

/** What the JSON-LD describes, or null when there should be none. */
export type StructuredDataSource = { faq: FaqData; entries: readonly FaqEntry[] } | null;

/**
 * Keeps one `<script type="application/ld+json">` FAQPage in the document head while the host
 * is connected and `source()` gives entries; removes it otherwise. The JSON is rebuilt only when
 * the entries change, not on every render (a keystroke re-renders).
 */
export class StructuredDataController implements ReactiveController {
  private script: HTMLScriptElement | undefined;
  private lastEntries: readonly FaqEntry[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    private readonly source: () => StructuredDataSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.remove();
  }

  private sync(): void {
    const source = this.host.isConnected ? this.source() : null;
    if (!source) return this.remove();
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.lineGovFaq = '';
    }
    if (source.entries !== this.lastEntries) {
      this.lastEntries = source.entries;
      this.script.textContent = jsonLdText(faqPageJsonLd(source.faq, source.entries));
    }
    if (!this.script.isConnected) document.head.append(this.script);
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
    this.lastEntries = undefined;
  }
}
