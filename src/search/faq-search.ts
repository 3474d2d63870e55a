import type { FaqEntry } from '../data/faq-types.js';
import { relatedEntries } from './related.js';
import { search, type SearchHit, type SearchOptions } from './search.js';
import {
  createSearchIndex,
  createSearchIndexInSlices,
  type FaqSearchIndex,
  type IndexedFaq,
  type PrebuiltRefusal,
  type SliceOptions,
} from './search-index.js';

/**
 * A FAQ made searchable: build it once from the data (and the prebuilt analysis the
 * `line-gov-faq build` or `render` command writes, which adds readings, inflections and a
 * thesaurus), then search it as often as needed. What searching works out from the index is
 * kept inside it and goes with it.
 *
 * ```js
 * import { FaqSearch } from 'line-gov-faq/search';
 * const faq = await (await fetch('faq.json')).json();
 * const index = FaqSearch.create(faq, faq.index);
 * index.search('じちたい アカウント')[0]?.entry.question;
 * ```
 *
 * There is no `serialize`: the prebuilt analysis is the form to store, because it holds what
 * only a morphological analyzer at build time can make; the rest is rebuilt from it faster than
 * a stored Lunr index would be read (`npm run bench` prints both).
 */
export class FaqSearch {
  // Not enumerable, and private to TypeScript: the index's parts are not the public face.
  declare private readonly index: FaqSearchIndex;

  private constructor(index: FaqSearchIndex) {
    Object.defineProperty(this, 'index', { value: index });
  }

  /**
   * Builds the index at once. `prebuilt` (the data file's `index`) is used only when it was made
   * from this data's text; otherwise the text is segmented now.
   */
  static create(faq: IndexedFaq, prebuilt?: unknown): FaqSearch {
    return new FaqSearch(createSearchIndex(faq, prebuilt));
  }

  /**
   * Builds the index in slices of `sliceMs` (default 8 ms), giving the page a turn between them,
   * for large data in a browser. `signal` abandons the build (the promise rejects with its reason).
   */
  static async createInSlices(faq: IndexedFaq, prebuilt?: unknown, options?: SliceOptions): Promise<FaqSearch> {
    return new FaqSearch(await createSearchIndexInSlices(faq, prebuilt, options));
  }

  /**
   * Why the prebuilt index given was not used, or undefined when it was used or none was given:
   * `text` when it was made from other text (the FAQ was edited after `line-gov-faq build`),
   * `format` when another version made it, `language` for data not in Japanese.
   */
  get prebuiltRefusal(): PrebuiltRefusal | undefined {
    return this.index.prebuiltRefusal;
  }

  /** The entries, in the data's order. */
  get entries(): readonly FaqEntry[] {
    return this.index.entries;
  }

  /**
   * The entries that answer `query`, best first; near matches (`near: true`) after them, or
   * alone when nothing answers. Any text is a query: nothing in it is syntax, and it never throws.
   */
  search(query: string, options?: SearchOptions): SearchHit[] {
    return search(this.index, query, options);
  }

  /** Up to `limit` entries most like the entry with id `id`, most alike first. */
  related(id: string, limit = 3): FaqEntry[] {
    const position = this.index.entries.findIndex((entry) => entry.id === id);
    return position < 0 ? [] : relatedEntries(this.index, position, limit).map((p) => this.index.entries[p]);
  }
}
