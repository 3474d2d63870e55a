import { bigramKeysOfClean } from './analyze.js';

/** Which entries (by position) hold a bigram, per field, ascending. */
export type BigramPostings = Record<'q' | 'a' | 'k' | 'c', number[]>;

/**
 * The entries' character bigrams (question, answer, keywords), for query words the index does
 * not know. Needed only for such words, and the largest part of a large FAQ's index (5,000
 * entries: some 460,000 bigrams), so they are not on the way to a usable index: they are built
 * after it, in slices (`build` with a deadline), and completed at once if a query needs them
 * first. Either way a lookup sees every entry.
 */
export class BigramIndex {
  private readonly postings = new Map<number, BigramPostings>();
  private next = 0;

  /** `texts[ref]`: the entry's question, answer and keywords after `clean`. */
  constructor(private texts: Array<readonly [string, string, string]>) {}

  /** Indexes entries until `deadline` (a `performance.now()` time), or all; true when done. */
  build(deadline = Infinity): boolean {
    while (this.next < this.texts.length) {
      const ref = this.next++;
      this.texts[ref].forEach((text, field) => this.add(ref, BIGRAM_FIELDS[field], bigramKeysOfClean(text)));
      if (performance.now() >= deadline) break;
    }
    const done = this.next >= this.texts.length;
    if (done) this.texts = [];
    return done;
  }

  /** The entries holding a bigram (by key, see bigramKey). */
  get(key: number): BigramPostings | undefined {
    this.build();
    return this.postings.get(key);
  }

  private add(ref: number, field: 'q' | 'a' | 'k', keys: readonly number[]): void {
    for (const key of keys) {
      let postings = this.postings.get(key);
      if (!postings) this.postings.set(key, (postings = { q: [], a: [], k: [], c: [] }));
      const refs = postings[field];
      if (refs[refs.length - 1] !== ref) refs.push(ref);
    }
  }
}

/** The fields whose bigrams are indexed. */
export const BIGRAM_FIELDS = ['q', 'a', 'k'] as const;
