import { lunr } from './lunr-ja.js';
import { finish } from './steps.js';

/** One term's occurrences, kept as plain numbers until `load` writes Lunr's objects. */
interface Posting {
  /** The term (its key in `postings` too): loading reads postings without unpacking map entries. */
  term: string;
  /** Lunr's `_index`: the order in which terms were first seen. */
  index: number;
  /** Per field, the positions of the documents holding the term, ascending, each once. */
  documents: number[][];
  /** How many documents hold the term in any field, and the last one counted. */
  documentCount: number;
  lastDocument: number;
  /** Its place in the postings of the field of the document being added. */
  slot: number;
  idf: number;
}

/**
 * Lunr's serialized index (the format of `lunr.Index#toJSON`, read by `lunr.Index.load`), made
 * from documents that are already lists of terms: what `lunr.Builder` makes of them with empty
 * pipelines, no metadata and no document boosts, computed the same way (BM25 with Lunr's k1 and
 * b, `lunr.idf`, scores rounded to three decimals), but without a token object, a metadata
 * clone and four dictionary lookups per word, which made the builder take most of a large
 * FAQ's index build (5,000 entries: about 0.7 s of Builder#add alone). Terms are counted as
 * they are and written as Lunr stores them (`encode`) once each, when the index is loaded. A
 * test holds the output equal to the builder's, field by field and number by number.
 */
export class LunrIndexData<F extends string> {
  private readonly postings = new Map<string, Posting>();
  private readonly documents: Array<{ fields: FieldTerms[] }> = [];

  constructor(
    private readonly fields: readonly F[],
    private readonly boosts: Readonly<Record<F, number>>,
    private readonly encode: (term: string) => string = (term) => term,
  ) {}

  /**
   * Adds a document: its terms per field, in order (repeats count, as in Lunr). Its ref is its
   * position, '0' for the first: refs are then array elements of Lunr's holder objects, not keys.
   */
  add(terms: Readonly<Record<F, readonly string[]>>): void {
    const document = this.documents.length;
    const fields = this.fields.map((field, f) => {
      const held: FieldTerms = { postings: [], frequencies: [], length: terms[field].length };
      for (const term of terms[field]) {
        let posting = this.postings.get(term);
        if (!posting) {
          posting = {
            term,
            index: this.postings.size,
            documents: this.fields.map(() => []),
            documentCount: 0,
            lastDocument: -1,
            slot: 0,
            idf: 0,
          };
          this.postings.set(term, posting);
        }
        const holders = posting.documents[f];
        // Seen in this field of this document already: its slot there is counted once more.
        if (holders[holders.length - 1] === document) {
          held.frequencies[posting.slot]++;
          continue;
        }
        posting.slot = held.postings.length;
        held.postings.push(posting);
        held.frequencies.push(1);
        holders.push(document);
        if (posting.lastDocument !== document) {
          posting.lastDocument = document;
          posting.documentCount++;
        }
      }
      return held;
    });
    this.documents.push({ fields });
  }

  /** How many documents hold each term, in any field; terms in the order first seen. */
  documentFrequency(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [term, posting] of this.postings) counts.set(term, posting.documentCount);
    return counts;
  }

  /** The index, made as `lunr.Index.load` makes it from the serialized form (see loading). */
  load(): lunr.Index {
    return finish(this.loading());
  }

  /**
   * `load` in steps: it pauses after every term and every document, so that a caller building a
   * large index can give the page a turn between them (a 5,000-entry FAQ's terms and vectors
   * take some 200 ms in a browser). The last part is what `lunr.Index.load` does with a
   * serialized index, through the same public constructors (`lunr.TokenSet.Builder`,
   * `lunr.Vector`, `lunr.Index`): in one call, its token set alone takes 10 ms for the bundled
   * FAQ's 1,600 terms in Node, and a large FAQ's vocabulary ten times that.
   */
  *loading(): Generator<void, lunr.Index> {
    const total = this.documents.length;
    // Terms as Lunr stores them, and what it holds for each.
    const stored = new Map<string, Record<string, unknown>>();
    for (const posting of this.postings.values()) {
      const holding: Record<string, unknown> = { _index: posting.index };
      let holderCount = 0;
      for (let f = 0; f < this.fields.length; f++) {
        // Lunr keeps a metadata object per document; with no metadata it is only read, so all
        // documents share one empty object, and fields without the term one empty holder list.
        // Plain objects, as Lunr's JSON makes them: refs are positions, kept as array elements,
        // where prototype-less objects were a dictionary each (8,000 for the bundled FAQ).
        const documents = posting.documents[f];
        holderCount += documents.length;
        if (documents.length === 0) {
          holding[this.fields[f]] = NO_HOLDERS;
          continue;
        }
        const holders: Record<string, object> = {};
        for (let i = 0; i < documents.length; i++) holders[documents[i]] = NO_METADATA;
        holding[this.fields[f]] = holders;
      }
      // lunr.idf's expression, on the count it reads from the holder lists: the same number, without
      // a key list per field.
      posting.idf = Math.log(1 + Math.abs((total - holderCount + 0.5) / (holderCount + 0.5)));
      stored.set(this.encode(posting.term), holding);
      yield;
    }
    // Sorted as Lunr sorts them, by UTF-16 code units: the default order of strings.
    const terms = [...stored.keys()].sort();
    yield;

    const average = this.fields.map((_, f) => this.documents.reduce((sum, doc) => sum + doc.fields[f].length, 0) / total);
    const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
    // Scratch space for one vector, grown as needed: two typed arrays for each of a large FAQ's
    // 25,000 vectors made a tenth of its index build.
    let order = new Float64Array(64);
    let scores = new Float64Array(64);
    for (const [ref, { fields }] of this.documents.entries()) {
      fields.forEach(({ postings, frequencies, length }, f) => {
        const norm = K1 * (1 - B + B * (length / average[f]));
        const boost = this.boosts[this.fields[f]] || 1;
        // Lunr's vectors list terms by their index: each term's index and its place here are
        // packed into one number, so that one numeric sort of a typed array orders them.
        const count = postings.length;
        const places = Math.max(PLACES, count);
        if (count > order.length) [order, scores] = [new Float64Array(count * 2), new Float64Array(count * 2)];
        for (let i = 0; i < count; i++) {
          const tf = frequencies[i];
          // Lunr's expression, in Lunr's order, so that the rounding is the same.
          let score = (postings[i].idf * ((K1 + 1) * tf)) / (norm + tf);
          score *= boost;
          order[i] = postings[i].index * places + i;
          scores[i] = Math.round(score * 1000) / 1000;
        }
        const sorted = order.subarray(0, count).sort();
        const elements = new Array<number>(count * 2);
        for (let i = 0; i < count; i++) {
          elements[2 * i] = Math.floor(sorted[i] / places);
          elements[2 * i + 1] = scores[sorted[i] % places];
        }
        fieldVectors[`${this.fields[f]}/${ref}`] = new lunr.Vector(elements);
      });
      yield;
    }
    // The terms go into the token set in sorted order, as the builder requires.
    const tokenSet = new TokenSetBuilder();
    const postings: Record<string, object> = Object.create(null);
    for (const term of terms) {
      tokenSet.insert(term);
      postings[term] = stored.get(term)!;
      yield;
    }
    tokenSet.finish();
    const attributes = {
      fields: [...this.fields],
      fieldVectors,
      invertedIndex: postings,
      tokenSet: tokenSet.root,
      pipeline: new lunr.Pipeline(),
    };
    return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  }
}

/** A field of a document: its distinct terms' postings, in the order first met, and how often each occurs. */
interface FieldTerms {
  postings: Posting[];
  frequencies: number[];
  /** How many terms the field has, repeats counted. */
  length: number;
}

// More than the distinct terms of a field of a document (questions and answers are cut at
// MAX_INDEXED_LENGTH); a larger field packs by its own size.
const PLACES = 2 ** 20;
const NO_METADATA = Object.freeze(Object.create(null)) as object;
const NO_HOLDERS = Object.freeze({}) as Record<string, object>;
// lunr.TokenSet.Builder, with which lunr.Index.load and lunr.TokenSet.fromArray make a token set,
// is part of Lunr's API but not of its type definitions (which also name the index's
// fieldVectors documentVectors).
const TokenSetBuilder = (
  lunr.TokenSet as unknown as { Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet } }
).Builder;
// lunr.Builder's defaults.
const K1 = 1.2;
const B = 0.75;
