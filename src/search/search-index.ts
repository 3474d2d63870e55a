import { bigrams, segment, tokenize } from './analyze.js';
import { lunr } from './lunr-ja.js';
import { decodeSegments, encodeSegments } from './segments-codec.js';
import { computeRelated } from './related.js';
import { expandSynonyms, type SynonymExpansion } from './synonyms.js';
import type { FaqData, FaqEntry } from '../data/faq-types.js';

/**
 * Lunr fields: the words of the question, of the answer, of the entry's keywords, and of the
 * synonyms of words in its text.
 */
export const FIELDS = ['q', 'a', 'k', 's'] as const;
export type Field = (typeof FIELDS)[number];

/** The words and bigrams of one entry, as the index stores them. */
export interface AnalyzedEntry {
  q: string[];
  a: string[];
  k: string[];
  s: string[];
  /** Bigrams of the question, the answer, the keywords and the synonyms. */
  qb: string[];
  ab: string[];
  kb: string[];
  sb: string[];
  /** Synonyms added to the entry, with the word of its text each stands for (for highlights). */
  expansions: SynonymExpansion[];
}

/** Which entries (by position) hold a bigram, per field, ascending. */
export type BigramPostings = Record<Field, number[]>;

/**
 * A ready-to-query FAQ. Words live in a Lunr index (BM25 weights, prefix expansion through its
 * token set); bigrams in plain postings lists beside it, because as Lunr fields they made the
 * serialized index four times larger, its build three times slower and queries on a large FAQ
 * ten times slower (measured with `npm run bench`).
 * Refs are entry positions.
 */
export interface FaqSearchIndex {
  entries: readonly FaqEntry[];
  lunr: lunr.Index;
  bigrams: Map<string, BigramPostings>;
  /** Per entry, the synonyms added to it. */
  expansions: SynonymExpansion[][];
  /** Per entry, the positions of up to three related entries, when prebuilt. */
  related?: number[][];
}

export const PREBUILT_FORMAT = 'line-gov-faq-segments/1';

/**
 * Only the first 10,000 characters of a question or answer are indexed. FAQ answers are a few
 * hundred characters; a pasted document of 100,000 would take TinySegmenter a third of a
 * second in one go, freezing the page, for words no one will search.
 */
export const MAX_INDEXED_LENGTH = 10_000;
const indexed = (text: string) => (text.length > MAX_INDEXED_LENGTH ? text.slice(0, MAX_INDEXED_LENGTH) : text);

/**
 * What the build (or the command-line tool) computes ahead of time so the page need not run
 * TinySegmenter over the whole FAQ: each entry's segmentation, as encoded segment lengths of
 * its question and answer. 1.3 KB gzip for the bundled FAQ, where Lunr's serialized index is
 * 17 KB gzip (more than the FAQ text itself); building the index from it takes about 10 ms.
 */
export interface PrebuiltIndex {
  format: typeof PREBUILT_FORMAT;
  /** Fingerprint of the entries' text: a prebuilt index is used only for the text it was built from. */
  text: string;
  /**
   * [question, answer, keywords, synonyms] segments of each entry, in entry order. A cut is
   * used only if its lengths fit the text exactly, so edited entries are segmented afresh
   * rather than indexed wrongly.
   */
  segments: string[][];
  /** Per entry, the positions of up to three related entries (see relatedEntries). */
  related?: number[][];
}

export function prebuildIndex(faq: Pick<FaqData, 'entries' | 'synonyms'>): PrebuiltIndex {
  const { entries } = faq;
  const segments = entries.map((entry) => entryTexts(entry, faq.synonyms).map((text) => (text ? encodeSegments(segment(text)) : '')));
  const prebuilt: PrebuiltIndex = { format: PREBUILT_FORMAT, text: fingerprint(faq), segments };
  const index = createSearchIndex(faq, prebuilt);
  prebuilt.related = entries.map((_, ref) => computeRelated(index, ref));
  return prebuilt;
}

/**
 * FNV-1a (32 bit) of everything the index is made from (every question, answer and keyword, in
 * order, and the synonyms): cheap, and enough to notice an edit.
 */
export function fingerprint(faq: Pick<FaqData, 'entries' | 'synonyms'>): string {
  let hash = 0x811c9dc5;
  const texts = [...faq.entries.flatMap((e) => [e.question, e.answer, ...(Array.isArray(e.keywords) ? e.keywords : [])]), JSON.stringify(faq.synonyms ?? [])];
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The entry's words; the prebuilt cut is used when it still fits the text. */
export function analyzeEntry(
  entry: Pick<FaqEntry, 'question' | 'answer' | 'keywords'>,
  prebuilt?: readonly string[],
  synonyms?: FaqData['synonyms'],
): AnalyzedEntry {
  const texts = entryTexts(entry, synonyms);
  const words = texts.map((text, i) => {
    if (!text) return [];
    const cut = prebuilt?.[i] !== undefined ? decodeSegments(text, prebuilt[i]) : null;
    return tokenize(text, cut ?? undefined);
  });
  const [question, answer, keywords, added] = texts;
  return {
    q: words[0],
    a: words[1],
    k: words[2],
    s: words[3],
    qb: bigrams(question),
    ab: bigrams(answer),
    kb: keywords ? bigrams(keywords) : [],
    sb: added ? bigrams(added) : [],
    expansions: texts.expansions,
  };
}

/** The texts an entry is indexed from: question, answer, keywords, and synonyms of its words. */
function entryTexts(entry: Pick<FaqEntry, 'question' | 'answer' | 'keywords'>, synonyms?: FaqData['synonyms']) {
  const question = indexed(entry.question);
  const answer = indexed(entry.answer);
  const expansions = expandSynonyms(`${question}\n${answer}`, synonyms);
  const keywords = (Array.isArray(entry.keywords) ? entry.keywords : []).join('\n');
  const added = expansions.map((e) => e.added).join('\n');
  return Object.assign([question, answer, keywords, added], { expansions });
}

/** `prebuilt`, if it is of this format and was built from these entries' text. */
function prebuiltFor(prebuilt: unknown, faq: Pick<FaqData, 'entries' | 'synonyms'>): Pick<PrebuiltIndex, 'segments' | 'related'> | undefined {
  const candidate = prebuilt as Partial<PrebuiltIndex> | undefined;
  if (candidate?.format !== PREBUILT_FORMAT || !Array.isArray(candidate.segments)) return undefined;
  if (candidate.text !== fingerprint(faq)) return undefined;
  return { segments: candidate.segments, related: Array.isArray(candidate.related) ? candidate.related : undefined };
}

function cutOf(segments: PrebuiltIndex['segments'] | undefined, ref: number): readonly string[] | undefined {
  const cut = segments?.[ref];
  return Array.isArray(cut) ? cut : undefined;
}

function newBuilder(): lunr.Builder {
  // Lunr's own pipelines are emptied: the words are final, and an English search pipeline
  // would stem query terms (lunr-languages `ja` leaves it in place). Refs are positions in the
  // entry list: short, and the data order for tie-breaks.
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field);
  return builder;
}

/** Collects the index of a FAQ one entry at a time, so the work can be spread over slices. */
class IndexCollector {
  private readonly builder = newBuilder();
  private readonly bigrams = new Map<string, BigramPostings>();
  private readonly expansions: SynonymExpansion[][] = [];

  add(ref: number, analyzed: AnalyzedEntry): void {
    this.builder.add({ ref: String(ref), q: analyzed.q, a: analyzed.a, k: analyzed.k, s: analyzed.s });
    this.expansions[ref] = analyzed.expansions;
    for (const [field, list] of [['q', analyzed.qb], ['a', analyzed.ab], ['k', analyzed.kb], ['s', analyzed.sb]] as const) {
      for (const bigram of list) {
        let postings = this.bigrams.get(bigram);
        if (!postings) this.bigrams.set(bigram, (postings = { q: [], a: [], k: [], s: [] }));
        const refs = postings[field];
        if (refs[refs.length - 1] !== ref) refs.push(ref);
      }
    }
  }

  build(entries: readonly FaqEntry[], related?: number[][]): FaqSearchIndex {
    const index: FaqSearchIndex = { entries, lunr: this.builder.build(), bigrams: this.bigrams, expansions: this.expansions };
    if (related && related.length === entries.length) index.related = related;
    return index;
  }
}

/** Builds the index at once: about 10 ms for the bundled FAQ with its prebuilt segments. */
export function createSearchIndex(faq: Pick<FaqData, 'entries' | 'synonyms'>, prebuilt?: unknown): FaqSearchIndex {
  const usable = prebuiltFor(prebuilt, faq);
  const collector = new IndexCollector();
  faq.entries.forEach((entry, ref) => collector.add(ref, analyzeEntry(entry, cutOf(usable?.segments, ref), faq.synonyms)));
  return collector.build(faq.entries, usable?.related);
}

export interface SliceOptions {
  /** Longest stretch of work before giving the page a turn, in milliseconds. */
  sliceMs?: number;
  /** Abandons the build (e.g. when `src` changed again); the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Builds the index in slices, yielding to the page between them, for data without a prebuilt
 * cut (a `src` URL): segmenting takes about 1 ms an entry, which for a large FAQ would freeze
 * typing and scrolling if done at once.
 */
export async function createSearchIndexInSlices(
  faq: Pick<FaqData, 'entries' | 'synonyms'>,
  prebuilt?: unknown,
  options: SliceOptions = {},
): Promise<FaqSearchIndex> {
  const { sliceMs = 8, signal } = options;
  const usable = prebuiltFor(prebuilt, faq);
  const collector = new IndexCollector();
  let sliceStart = performance.now();
  for (let ref = 0; ref < faq.entries.length; ref++) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    collector.add(ref, analyzeEntry(faq.entries[ref], cutOf(usable?.segments, ref), faq.synonyms));
  }
  await yieldToPage();
  signal?.throwIfAborted();
  return collector.build(faq.entries, usable?.related);
}

/**
 * Lets the page handle input and paint, then resumes: a MessageChannel message rather than
 * setTimeout(0), which browsers clamp to 4 ms after a few nested calls (measured: search ready
 * 8 ms sooner for the bundled FAQ).
 */
function yieldToPage(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
