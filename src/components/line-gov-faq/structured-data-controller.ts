import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqData, FaqEntry } from '../../data/faq-types.js';
import { faqPageJsonLd, jsonLdText } from './structured-data.js';

/** The part of the Trusted Types API used here (TypeScript's DOM types lack it). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): { createScript(text: string): unknown };
}

/** The policy that lets JSON-LD into a script element where Trusted Types are required. */
const TRUSTED_TYPES_POLICY = 'line-gov-faq';
let policy: { createScript(text: string): unknown } | null | undefined;
/** The page requires Trusted Types and does not allow the policy: said once, then no JSON-LD. */
let refused = false;

/**
 * `json` as a script's text: on a page that requires Trusted Types, a script's text takes only
 * a TrustedScript, even for data that never runs; the widget's own policy makes one, where the
 * page allows it.
 */
function scriptText(json: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (trustedTypes && policy === undefined) {
    try {
      // Only this module holds it, and gives it nothing but the JSON it wrote itself.
      policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (text) => text });
    } catch {
      policy = null; // Not allowed: plain text, which works unless Trusted Types are required.
    }
  }
  return policy ? policy.createScript(json) : json;
}

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
    if (!source || refused) return this.remove();
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.lineGovFaq = '';
    }
    if (source.entries !== this.lastEntries) {
      this.lastEntries = source.entries;
      try {
        this.script.textContent = scriptText(jsonLdText(faqPageJsonLd(source.faq, source.entries))) as string;
      } catch {
        refused = true;
        console.warn(
          `<line-gov-faq>: structured-data needs the Trusted Types policy "${TRUSTED_TYPES_POLICY}": add it to the page's trusted-types directive.`,
        );
        return this.remove();
      }
    }
    if (!this.script.isConnected) document.head.append(this.script);
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
    this.lastEntries = undefined;
  }
}
