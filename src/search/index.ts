/**
 * The search core: pure TypeScript, no DOM. Runs in Node, in the browser and at build time.
 * @module
 */
export { normalize, normalizeWithOffsets, foldKana } from './normalize.js';
export { tokenize, bigrams, segment } from './analyze.js';
export { analyzeQuery } from './query.js';
export { Lexicon } from './lexicon.js';
export type { Sense, LexiconRecord } from './lexicon.js';
export type { QueryUnit } from './query.js';
export { createSearchIndex, createSearchIndexInSlices, analyzeEntry, PREBUILT_FORMAT } from './search-index.js';
export type { FaqSearchIndex, PrebuiltIndex, SliceOptions } from './search-index.js';
export { search } from './search.js';
export type { SearchHit, SearchOptions } from './search.js';
export { findRanges, mergeRanges } from './highlight.js';
export type { Range } from './highlight.js';
export { encodeSegments, decodeSegments } from './segments-codec.js';
