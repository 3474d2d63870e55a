/**
 * The search core: pure TypeScript, no DOM. Runs in Node, in the browser and at build time.
 * What a user of the package needs; everything else is the package's own and may change.
 * @module
 */
export { FaqSearch } from './faq-search.js';
export type { SearchHit, SearchOptions } from './search.js';
export type { IndexedFaq, PrebuiltIndex, SliceOptions } from './search-index.js';
export { PREBUILT_FORMAT } from './search-index.js';
export type { Range } from './highlight.js';
