import { clean, termOf, tokenize } from './analyze.js';
import { BigramIndex } from './bigram-index.js';
import { segmentJapanese } from './lunr-ja.js';
import type { lunr } from './lunr-ja.js';
import { LunrIndexData } from './lunr-index-data.js';
import { finish, finishInSlices, yieldToPage, type Steps } from './steps.js';
import { decodeCleanSegments } from './segments-codec.js';
import { HOMOPHONE_STRENGTH, Lexicon, THESAURUS_STRENGTH, type LexiconRecord, type Sense } from './lexicon.js';
import { synonymRecordSteps } from './synonyms.js';
import { termsOfText } from './word-cut.js';
import { memoize } from './memoize.js';
import { isFunctionTerm } from './function-words.js';
import { toLunrTerm } from './lunr-terms.js';
import { analysisFor, isEnglishStopWord, queryTextFor, termsOf, type TextAnalysis } from './text-analysis.js';
import type { CommonPostings } from './match.js';
import type { QuestionProfile } from './score.js';
import type { RelatedVectors } from './related.js';
import type { FaqData, FaqEntry } from '../data/faq-types.js';

/**
 * Lunr fields: the words of the question, of the answer, of the entry's keywords, of its
 * category's label (「パートナープログラム」 is what every question of that category is about,
 * though few of them say so), and of its phrasings (how people ask for it).
 */
export const FIELDS = ['q', 'a', 'k', 'c', 'p'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much a word counts in each field of Lunr's score: question words more than answer words;
 * keywords were chosen for the entry, so nearly as much as its question; the category's label
 * least, as every entry of the category shares it.
 */
export const FIELD_BOOST: Record<Field, number> = { q: 6, a: 1.5, k: 4, c: 1, p: 2 };

/** The words and bigrams of one entry, as the index stores them. */
export interface AnalyzedEntry {
  q: string[];
  a: string[];
  k: string[];
  c: string[];
  /** The distinct terms of the entry's phrasings. */
  p: string[];
  /** The question, answer and keywords after `clean`, for their bigrams (see BigramIndex). */
  cleaned: readonly [string, string, string];
}

export type { BigramPostings } from './bigram-index.js';

/**
 * A ready-to-query FAQ. Words live in a Lunr index (BM25 weights); bigrams in plain postings
 * lists beside it, because as Lunr fields they made the serialized index four times larger, its
 * build three times slower and queries on a large FAQ ten times slower (measured with
 * `npm run bench`). Refs are entry positions.
 */
export interface FaqSearchIndex {
  entries: readonly FaqEntry[];
  lunr: lunr.Index;
  /** Entries by bigram key (see bigramKey), built after the rest (see BigramIndex). */
  bigrams: BigramIndex;
  /** What query words stand for: the index terms, and what the prebuilt analysis adds. */
  lexicon: Lexicon;
  /** Per entry, its terms per field. */
  terms: Array<Record<Field, string[]>>;
  /** How many entries hold each term, in any field. */
  documentFrequency: Map<string, number>;
  /** Index terms in Latin letters, for typing slips. */
  latinTerms: string[];
  /** Per entry, the positions of up to three related entries, when prebuilt. */
  related?: number[][];
  /** For data not in Japanese: rewrites a query into the index's terms (see text-analysis.ts). */
  queryText?: (query: string) => string;
  /**
   * What the index leaves to do once it is usable, in steps: cutting the data's synonyms into its
   * terms (half of the bundled FAQ's build). Done by `completeIndex`, or in slices after the
   * build; never by a read.
   */
  unfinished?: Steps<void>;
  /** What searching works out from the index once and keeps with it, for as long as the index lives. */
  readonly derived: Derived;
  /** Why the prebuilt index given with the data was not used (see prebuiltRefusal). */
  prebuiltRefusal?: PrebuiltRefusal;
}

/** Search's own findings about an index (see match.ts, score.ts, related.ts), made when first needed. */
export interface Derived {
  /** Per common term, the entries holding it and in which fields. */
  common: Map<string, CommonPostings>;
  profiles?: QuestionProfile[];
  related?: RelatedVectors;
}

/**
 * Finishes what a usable index left to do (see FaqSearchIndex.unfinished): before the first
 * search, or in the page's idle time after the build. Returns true if there was work.
 */
export function completeIndex(index: FaqSearchIndex): boolean {
  const work = index.unfinished;
  if (!work) return false;
  index.unfinished = undefined;
  finish(work);
  return true;
}

// 3: the text's fingerprint leaves out white space.
export const PREBUILT_FORMAT = 'line-gov-faq-index/3';

/**
 * Only the first 10,000 characters of a question or answer are indexed. FAQ answers are a few
 * hundred characters; a pasted document of 100,000 would take the segmenter a third of a
 * second in one go, freezing the page, for words no one will search.
 */
export const MAX_INDEXED_LENGTH = 10_000;
const indexed = (text: string) => (text.length > MAX_INDEXED_LENGTH ? text.slice(0, MAX_INDEXED_LENGTH) : text);

/**
 * What the build (or the command-line tool) computes ahead of time with a morphological
 * analyzer, which is far too big to send to a browser (see src/prebuild/).
 */
export interface PrebuiltIndex {
  format: typeof PREBUILT_FORMAT;
  /** Fingerprint of the entries' text: a prebuilt index is used only for the text it was built from. */
  text: string;
  /**
   * [question, answer, keywords, category label] cut of each entry into words, as encoded segment lengths. A cut
   * is used only if its lengths fit the text exactly, so edited entries are segmented afresh.
   */
  segments: string[][];
  /** Readings of the index terms and compounds. */
  lexicon: LexiconRecord[];
  /** Verbs and adjectives: every form (and reading, stem) stands for all forms in the FAQ. */
  inflections: LexiconRecord[];
  /** Synonyms from a thesaurus, restricted to the FAQ's words: weaker evidence than the word itself. */
  thesaurus: LexiconRecord[];
  /**
   * Kanji words read as the FAQ's words are (from the dictionary): what an IME may have typed
   * for them (「新生」 for 申請). Weaker evidence still than a synonym.
   */
  homophones?: LexiconRecord[];
  /** Index terms that are grammar (particles, auxiliaries, dependent words), never evidence. */
  function: string[];
  /** Per entry, the positions of up to three related entries (see relatedEntries). */
  related?: number[][];
  /**
   * Per entry, the distinct content terms of its phrasings, separated by a space: the bundled FAQ
   * ships these instead of the phrasings' text, which is several times larger.
   */
  phrasings?: string[];
  /** Fingerprint of the phrasings the terms were made from (see phrasingsFingerprint). */
  phrasingsText?: string;
}

/**
 * FNV-1a (32 bit) of everything the index is made from (every question, answer and keyword, in
 * order, and the synonyms): cheap, and enough to notice an edit.
 */
export function fingerprint(faq: IndexedFaq): string {
  return finish(fingerprinting(faq));
}

/**
 * `fingerprint` in steps, an entry at a time: it reads all the text, which for 5,000 entries
 * (3 MB) made one task of some 70 ms in a fresh browser.
 */
function* fingerprinting(faq: IndexedFaq): Steps<string> {
  const labels = categoryLabels(faq);
  let hash = FNV_OFFSET;
  for (const e of faq.entries) {
    hash = fnv1a(hash, [e.question, e.answer, ...(Array.isArray(e.keywords) ? e.keywords : []), labels(e)]);
    yield;
  }
  return base36(fnv1a(hash, [JSON.stringify(faq.synonyms ?? [])]));
}

const FNV_OFFSET = 0x811c9dc5;
/** A hash as a fingerprint: its 32 bits, unsigned, in base 36. */
const base36 = (hash: number) => (hash >>> 0).toString(36);

/** FNV-1a (32 bit) of texts in order, each ended by a NUL, from `hash` on (see fingerprinting). */
function fnv1a(hash: number, texts: readonly string[]): number {
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // White space is not hashed: a CMS editor collapses, adds and drops it (before a link,
      // between lines), and the markup then still carries the index made for its text.
      if (code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0x2028 || code === 0x2029) continue;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    hash = Math.imul(hash ^ 0, 0x01000193);
  }
  return hash;
}

/**
 * Whether a word of a phrasing is kept as its term: two kana alone (「カエ」 of 「きりかえ」, 「シタ」)
 * are as often a piece of grammar or of a longer word as a word, and a phrasing is many words;
 * English ones are written with English grammar words (「how」, 「can」).
 */
export const isPhrasingTerm = (term: string): boolean =>
  (term.length > 2 || !/^[\p{Script=Katakana}ー]+$/u.test(term)) && !(/^[a-z]+$/.test(term) && isEnglishStopWord(term));

/** Fingerprint of the entries' phrasings: prebuilt phrasing terms are used only for the phrasings they were made from. */
export const phrasingsFingerprint = (entries: readonly Pick<FaqEntry, 'phrasings'>[]): string =>
  base36(
    fnv1a(
      FNV_OFFSET,
      entries.map((entry) => (Array.isArray(entry.phrasings) ? entry.phrasings.map(String).join('\n') : '')),
    ),
  );

/** What an index is made of. */
export type IndexedFaq = Pick<FaqData, 'entries' | 'synonyms'> & Partial<Pick<FaqData, 'categories' | 'lang'>>;

/** The label of each entry's category (empty when unknown). */
export function categoryLabels(faq: IndexedFaq): (entry: Pick<FaqEntry, 'category'>) => string {
  const labels = new Map(
    (Array.isArray(faq.categories) ? faq.categories : []).map((c) => [c?.id, typeof c?.label === 'string' ? c.label : '']),
  );
  return (entry) => labels.get(entry.category) ?? '';
}

type EntryText = Pick<FaqEntry, 'question' | 'answer' | 'keywords' | 'phrasings'> & { categoryLabel?: string };

/** The texts an entry is indexed from: question, answer, keywords, category label. */
export function entryTexts(entry: EntryText): [string, string, string, string] {
  return [
    indexed(entry.question),
    indexed(entry.answer),
    (Array.isArray(entry.keywords) ? entry.keywords : []).join('\n'),
    entry.categoryLabel ?? '',
  ];
}

/** How an entry is analysed: what a prebuilt index gives for it, and the build's word memory. */
export interface EntryAnalysis {
  /** Its prebuilt cut, used when it still fits the text. */
  cut?: readonly string[];
  analysis?: TextAnalysis;
  /** The terms of its phrasings made at build time, when they fit (see phrasingTermsFor). */
  phrasingTerms?: readonly string[];
  /** A segment's index term (`termOf`, remembered for the build). */
  termOf?: (piece: string) => string | undefined;
}

/** The entry's words. */
export function analyzeEntry(entry: EntryText, how: EntryAnalysis = {}): AnalyzedEntry {
  const { cut: prebuilt, analysis = 'ja', phrasingTerms, termOf: termOfPiece = termOf } = how;
  const texts = entryTexts(entry);
  // Each text is cleaned once, for its words and its bigrams alike.
  const cleaned = texts.map((text) => (text ? clean(text) : ''));
  const [q, a, k, c] = cleaned.map((text, i) => {
    if (!text) return [];
    // Not Japanese: words of the cleaned text (see text-analysis.ts).
    if (analysis !== 'ja') return termsOf(analysis, text);
    const cut = prebuilt?.[i] !== undefined ? decodeCleanSegments(text, prebuilt[i]) : null;
    return tokenize(text, cut ?? segmentJapanese(text), termOfPiece);
  });
  const p =
    phrasingTerms ??
    (Array.isArray(entry.phrasings) ? entry.phrasings : []).flatMap((phrasing) => {
      const text = clean(indexed(String(phrasing)));
      return analysis === 'ja' ? tokenize(text, segmentJapanese(text), termOfPiece).filter(isPhrasingTerm) : termsOf(analysis, text);
    });
  return { q, a, k, c, p: [...new Set(p)], cleaned: [cleaned[0], cleaned[1], cleaned[2]] };
}

/**
 * The prebuilt terms of each entry's phrasings, when they were made from the phrasings the data
 * has, or the data has none (the bundled FAQ ships the terms without the text).
 */
function phrasingTermsFor(faq: IndexedFaq, usable: Partial<PrebuiltIndex> | undefined): (ref: number) => string[] | undefined {
  const compiled = usable?.phrasings;
  if (!Array.isArray(compiled) || compiled.length !== faq.entries.length) return () => undefined;
  const hasText = faq.entries.some((entry) => Array.isArray(entry.phrasings));
  if (hasText && usable?.phrasingsText !== phrasingsFingerprint(faq.entries)) return () => undefined;
  return (ref) => (typeof compiled[ref] === 'string' ? compiled[ref].split(' ').filter(Boolean) : undefined);
}

export type PrebuiltRefusal = 'format' | 'language' | 'text';

/**
 * Why a prebuilt index given with a FAQ is not used (then the FAQ is analysed as it loads,
 * without readings or synonyms from a thesaurus), or undefined when it is used or none was given.
 */
export function prebuiltRefusal(prebuilt: unknown, faq: IndexedFaq): PrebuiltRefusal | undefined {
  return finish(refusing(prebuilt, faq));
}

/** `prebuiltRefusal` in steps (see fingerprinting). */
function* refusing(prebuilt: unknown, faq: IndexedFaq): Steps<PrebuiltRefusal | undefined> {
  if (prebuilt === undefined || prebuilt === null) return undefined;
  const candidate = prebuilt as Partial<PrebuiltIndex>;
  if (candidate.format !== PREBUILT_FORMAT || !Array.isArray(candidate.segments)) return 'format';
  // The prebuilt analysis is Japanese morphology: other languages are analysed as they load.
  if (analysisFor(faq.lang) !== 'ja') return 'language';
  if (candidate.text !== (yield* fingerprinting(faq))) return 'text';
  return undefined;
}

function cutOf(segments: PrebuiltIndex['segments'] | undefined, ref: number): readonly string[] | undefined {
  const cut = segments?.[ref];
  return Array.isArray(cut) ? cut : undefined;
}

/** Collects the index of a FAQ one entry at a time, so the work can be spread over slices. */
class IndexCollector {
  // Words repeat across entries: each is worked out once per build, and forgotten with it.
  private readonly termOf = memoize(termOf);
  // Lunr's index of the words: no pipelines (the words are final; an English search pipeline
  // would stem query terms), refs are positions in the entry list (short, and the data order
  // for tie-breaks).
  private readonly lunrData = new LunrIndexData(FIELDS, FIELD_BOOST, memoize(toLunrTerm));
  private readonly cleaned: Array<readonly [string, string, string]> = [];
  private readonly terms: Array<Record<Field, string[]>> = [];
  private readonly label: (entry: FaqEntry) => string;
  private readonly phrasings: (ref: number) => string[] | undefined;
  private readonly analysis: TextAnalysis;

  constructor(
    private readonly faq: IndexedFaq,
    private readonly prebuilt: Partial<PrebuiltIndex> | undefined,
  ) {
    this.label = categoryLabels(faq);
    this.phrasings = phrasingTermsFor(faq, prebuilt);
    this.analysis = analysisFor(faq.lang);
  }

  /** Analyses and adds the entry at `ref`. */
  add(ref: number): void {
    const entry = this.faq.entries[ref];
    const { q, a, k, c, p, cleaned } = analyzeEntry(
      { ...entry, categoryLabel: this.label(entry) },
      { cut: cutOf(this.prebuilt?.segments, ref), analysis: this.analysis, phrasingTerms: this.phrasings(ref), termOf: this.termOf },
    );
    this.terms[ref] = { q, a, k, c, p };
    this.lunrData.add(this.terms[ref]);
    this.cleaned[ref] = cleaned;
  }

  /** The index of the entries added, in steps (see steps.ts): a term or a document at a time. */
  *building(): Steps<FaqSearchIndex> {
    const { faq, prebuilt } = this;
    const documentFrequency = this.lunrData.documentFrequency();
    const vocabulary = new Set(documentFrequency.keys());
    const lexicon = new Lexicon();
    for (const term of vocabulary) {
      lexicon.addTerm(term);
      if (isFunctionTerm(term)) lexicon.functionTerms.add(term);
      yield;
    }
    if (prebuilt) {
      yield* addingRecords(lexicon, prebuilt.lexicon, 1);
      for (const sense of yield* addingRecords(lexicon, prebuilt.inflections, 1))
        for (const phrase of sense.phrases) for (const term of phrase) lexicon.predicateTerms.add(term);
      yield* addingRecords(lexicon, prebuilt.thesaurus, THESAURUS_STRENGTH);
      yield* addingRecords(lexicon, prebuilt.homophones, HOMOPHONE_STRENGTH);
      if (Array.isArray(prebuilt.function))
        for (const term of prebuilt.function) if (typeof term === 'string') lexicon.functionTerms.add(term);
    }
    // The data's synonyms are cut into the index's own terms as queries are, whichever segmenter
    // cut the entries; they come with the data, so the prebuilt index need not repeat them.
    const analysis = this.analysis;
    const queryText = analysis === 'ja' ? undefined : (query: string) => queryTextFor(analysis, query);
    // Not in Japanese: each synonym is written in index terms first, as queries are.
    const synonyms =
      queryText && Array.isArray(faq.synonyms)
        ? faq.synonyms.map((group) => (Array.isArray(group) ? group.map((word) => queryText(String(word))) : group))
        : faq.synonyms;
    const index: FaqSearchIndex = {
      entries: faq.entries,
      lunr: yield* this.lunrData.loading(),
      bigrams: new BigramIndex(this.cleaned),
      lexicon,
      terms: this.terms,
      documentFrequency,
      latinTerms: [...vocabulary].filter((term) => /^[a-z][a-z0-9]*$/.test(term)),
      // Cut against the lexicon as it is without them (the index's own words), after the
      // index is usable (see completeInSlices) or before the first search, whichever comes first.
      // All at once at the end: each synonym is cut against the lexicon without any of them.
      unfinished: (function* () {
        lexicon.addRecords(yield* synonymRecordSteps(synonyms, (text) => termsOfText(text, lexicon), vocabulary), 1);
      })(),
      derived: { common: new Map() },
    };
    if (queryText) index.queryText = queryText;
    const related = prebuilt?.related;
    if (Array.isArray(related) && related.length === faq.entries.length) index.related = related;
    return index;
  }
}

/** Adds records to the lexicon one at a time: a large FAQ's prebuilt index has thousands of readings. */
function* addingRecords(lexicon: Lexicon, records: unknown, strength: number): Steps<Sense[]> {
  const added: Sense[] = [];
  for (const record of Array.isArray(records) ? records : []) {
    added.push(...lexicon.addRecords([record], strength));
    yield;
  }
  return added;
}

/** Builds the index at once, complete: some 30 ms in Node for the bundled FAQ with its prebuilt analysis. */
export function createSearchIndex(faq: IndexedFaq, prebuilt?: unknown): FaqSearchIndex {
  const index = usableIndex(faq, prebuilt);
  completeIndex(index);
  return index;
}

/** Builds the index at once, up to usable: what it leaves to do is done by `completeIndex`. */
export function usableIndex(faq: IndexedFaq, prebuilt?: unknown): FaqSearchIndex {
  return finish(indexSteps(faq, prebuilt));
}

/** The index of a FAQ up to usable, in steps: an entry at a time, then a term or a document at a time. */
export function* indexSteps(faq: IndexedFaq, prebuilt: unknown): Steps<FaqSearchIndex> {
  // Checked once (its fingerprint reads all the text, an entry a step): the index says why it
  // was refused.
  const refusal = yield* refusing(prebuilt, faq);
  const usable = prebuilt !== undefined && prebuilt !== null && !refusal ? (prebuilt as Partial<PrebuiltIndex>) : undefined;
  yield;
  const collector = new IndexCollector(faq, usable);
  for (let ref = 0; ref < faq.entries.length; ref++) {
    collector.add(ref);
    yield;
  }
  const index = yield* collector.building();
  if (refusal) index.prebuiltRefusal = refusal;
  return index;
}

export interface SliceOptions {
  /** Longest stretch of work before giving the page a turn, in milliseconds. */
  sliceMs?: number;
  /** Abandons the build (e.g. when `src` changed again); the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Builds the index in slices, yielding to the page between them: segmenting data without a
 * prebuilt cut takes about 1 ms an entry, and a large FAQ's Lunr index some 200 ms, which done
 * at once would freeze typing and scrolling.
 */
export async function createSearchIndexInSlices(faq: IndexedFaq, prebuilt?: unknown, options: SliceOptions = {}): Promise<FaqSearchIndex> {
  const { sliceMs = 8, signal } = options;
  const index = await finishInSlices(indexSteps(faq, prebuilt), sliceMs, signal);
  void completeInSlices(index, sliceMs, signal);
  return index;
}

/**
 * Completes what a ready index leaves to do, after it: the data's synonyms, then the bigrams a
 * slice at a time. A search first completes the synonyms itself; a lookup of bigrams builds
 * the rest of them at once.
 */
async function completeInSlices(index: FaqSearchIndex, sliceMs: number, signal?: AbortSignal): Promise<void> {
  await yieldToPage();
  // A search meanwhile finishes the same steps at once (completeIndex); these then end.
  if (index.unfinished) {
    try {
      await finishInSlices(index.unfinished, sliceMs, signal);
    } catch {
      return; // aborted: the index is no one's
    }
    completeIndex(index);
    await yieldToPage();
  }
  while (!signal?.aborted && !index.bigrams.build(performance.now() + sliceMs)) await yieldToPage();
}
