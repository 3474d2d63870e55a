import { lunr } from './lunr-ja.js';

/**
 * Lunr's serialized index (the format of `lunr.Index#toJSON`, read by `lunr.Index.load`), made
 * from documents that are already lists of terms: what `lunr.Builder` makes of them with empty
 * pipelines, no metadata and no document boosts, computed the same way (BM25 with Lunr's k1 and
 * b, `lunr.idf`, scores rounded to three decimals), but without a token object, a metadata
 * clone and four dictionary lookups per word, which made the builder take most of a large
 * FAQ's index build (5,000 entries: about 0.7 s of Builder#add alone). A test holds the output
 * equal to the builder's, field by field and number by number.
 */
export class LunrIndexData<F extends string> {
  private readonly invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  private readonly documents: Array<{ ref: string; fields: Array<{ frequencies: Map<string, number>; length: number }> }> = [];
  private termCount = 0;

  constructor(
    private readonly fields: readonly F[],
    private readonly boosts: Readonly<Record<F, number>>,
  ) {}

  /** Adds a document: its terms per field, in order (repeats count, as in Lunr). */
  add(ref: string, terms: Readonly<Record<F, readonly string[]>>): void {
    const fields = this.fields.map((field) => {
      const frequencies = new Map<string, number>();
      for (const term of terms[field]) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        let posting = this.invertedIndex[term];
        if (!posting) {
          posting = this.invertedIndex[term] = { _index: this.termCount++ };
          for (const name of this.fields) posting[name] = Object.create(null);
        }
        // Lunr keeps a metadata object per document; with no metadata it is only read, so all
        // documents share one empty object.
        (posting[field] as Record<string, object>)[ref] = NO_METADATA;
      }
      return { frequencies, length: terms[field].length };
    });
    this.documents.push({ ref, fields });
  }

  /** The index, loaded through Lunr's public `lunr.Index.load`. */
  load(): lunr.Index {
    const average = this.fields.map((_, f) => this.documents.reduce((sum, doc) => sum + doc.fields[f].length, 0) / this.documents.length);
    const idf = new Map<string, number>();
    const fieldVectors: Array<[string, number[]]> = [];
    for (const { ref, fields } of this.documents) {
      fields.forEach(({ frequencies, length }, f) => {
        const norm = K1 * (1 - B + B * (length / average[f]));
        const boost = this.boosts[this.fields[f]] || 1;
        const scores = new Map<number, number>();
        for (const [term, tf] of frequencies) {
          const posting = this.invertedIndex[term];
          let weight = idf.get(term);
          if (weight === undefined) idf.set(term, (weight = lunrIdf(posting, this.documents.length)));
          // Lunr's expression, in Lunr's order, so that the rounding is the same.
          let score = (weight * ((K1 + 1) * tf)) / (norm + tf);
          score *= boost;
          scores.set(posting._index as number, Math.round(score * 1000) / 1000);
        }
        const elements: number[] = [];
        for (const index of [...scores.keys()].sort((x, y) => x - y)) elements.push(index, scores.get(index)!);
        fieldVectors.push([`${this.fields[f]}/${ref}`, elements]);
      });
    }
    const invertedIndex = Object.keys(this.invertedIndex)
      .sort()
      .map((term) => [term, this.invertedIndex[term]]);
    return lunr.Index.load({ version: lunr.version, fields: [...this.fields], fieldVectors, invertedIndex, pipeline: [] });
  }
}

const NO_METADATA = Object.freeze(Object.create(null)) as object;
// lunr.idf is part of Lunr's API (documented beside lunr.Builder) but not of its type definitions.
const lunrIdf = (lunr as unknown as { idf(posting: object, documentCount: number): number }).idf;
// lunr.Builder's defaults.
const K1 = 1.2;
const B = 0.75;
