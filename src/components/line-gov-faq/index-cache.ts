import { createSearchIndexInSlices, type FaqSearchIndex } from '../../search/search-index.js';
import type { FaqData } from '../../data/faq-types.js';

// Several widgets on one page usually show the same data (the bundled FAQ): they share one
// index instead of each building its own.
const cache = new WeakMap<FaqData, Promise<FaqSearchIndex>>();

/** The search index of `data`, built once per data object, in slices so the page stays responsive. */
export function indexFor(data: FaqData, prebuilt?: unknown): Promise<FaqSearchIndex> {
  let index = cache.get(data);
  if (!index) {
    index = createSearchIndexInSlices(data, prebuilt);
    cache.set(data, index);
  }
  return index;
}
