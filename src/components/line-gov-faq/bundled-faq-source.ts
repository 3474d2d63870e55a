import type { FaqData } from '../../data/faq-types.js';
import type { FaqSearch } from '../../search/faq-search.js';
import { buildIndex } from './search-core.js';

/** The FAQ shipped with the widget, as widgets without data of their own show it. */
export interface BundledFaq {
  data: FaqData;
  prebuilt: unknown;
  /** Its search index: built once per page and shared by every widget showing it. */
  index: () => Promise<FaqSearch>;
}

// The one index shared between widgets: every other FAQ a widget shows is its own checked copy.
// Like the data, it lives as long as the page; it is never aborted, as another widget may wait for it.
let bundledIndex: Promise<FaqSearch> | undefined;

/**
 * The bundled FAQ: a module of its own, which only widgets without data load. Null from
 * line-gov-faq.core.iife.js, which carries none (see rollup.config.mjs).
 */
export async function loadBundledFaq(): Promise<BundledFaq | null> {
  const { bundledFaq, bundledPrebuiltIndex } = await import('../../data/bundled-faq.js');
  if (!bundledFaq) return null;
  return {
    data: bundledFaq,
    prebuilt: bundledPrebuiltIndex,
    index: () => (bundledIndex ??= buildIndex(bundledFaq, bundledPrebuiltIndex)),
  };
}
