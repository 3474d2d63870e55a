/**
 * The search core, loaded apart from the element: a page's first list needs none of it (Lunr,
 * the analysis and scoring, some 22 KB gzip). Asked for when a widget starts loading its data,
 * so that it arrives while the list is being shown; one request for every widget on the page.
 */
import type { FaqSearch } from '../../search/faq-search.js';
import type { IndexedFaq, SliceOptions } from '../../search/search-index.js';

let core: Promise<typeof import('../../search/widget-core.js')> | undefined;
export const searchCore = () => (core ??= import('../../search/widget-core.js'));

/** The search index of a FAQ, built in slices once the search core has arrived. */
export const buildIndex = (faq: IndexedFaq, prebuilt: unknown, options?: SliceOptions): Promise<FaqSearch> =>
  searchCore().then(({ FaqSearch }) => FaqSearch.createInSlices(faq, prebuilt, options));
