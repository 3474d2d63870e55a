import { bigramKeysOfClean } from './analyze.js';

/**
 * Which entries hold a bigram, and where: `ref * 4 + field` (the entry's position; the field 0
 * for the question, 1 the answer, 2 the keywords), ascending; `holderEntry` reads the position
 * back. One list of numbers a bigram, not four lists and an object: a large FAQ has some 17,000
 * bigrams, and the build took a third longer with them.
 */
export type BigramPostings = number[];

/** The position of the entry a bigram holder stands for (see BigramPostings). */
export const holderEntry = (holder: number): number => holder >> 2;

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
      this.texts[ref].forEach((text, field) => this.add(ref * 4 + field, bigramKeysOfClean(text)));
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

  private add(holder: number, keys: readonly number[]): void {
    for (const key of keys) {
      let holders = this.postings.get(key);
      if (!holders) this.postings.set(key, (holders = []));
      if (holders[holders.length - 1] !== holder) holders.push(holder);
    }
  }
}
