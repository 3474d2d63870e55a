import { bigrams, segment, tokenize } from './analyze.js';
import { lunr } from './lunr-ja.js';
import { decodeSegments, encodeSegments } from './segments-codec.js';
import type { FaqData, FaqEntry } from '../data/faq-types.js';

/** Lunr fields: the words of the question and of the answer. */
export const FIELDS = ['q', 'a'] as const;
export type Field = (typeof FIELDS)[number];

/** The words and bigrams of one entry, as the index stores them. */
export interface AnalyzedEntry {
  q: string[];
  a: string[];
  /** Bigrams of the question and of the answer. */
  qb: string[];
  ab: string[];
}

/** Which entries (by position) hold a bigram, in their question and in their answer, ascending. */
export interface BigramPostings {
  q: number[];
  a: number[];
}

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
   * [question segments, answer segments] of each entry, in entry order. A cut is used only if
   * its lengths fit the entry's text exactly, so reordered or edited entries are segmented
   * afresh rather than indexed wrongly.
   */
  segments: Array<[string, string]>;
}

export function prebuildIndex(entries: readonly FaqEntry[]): PrebuiltIndex {
  const segments = entries.map((entry): [string, string] => [encodeSegments(segment(indexed(entry.question))), encodeSegments(segment(indexed(entry.answer)))]);
  return { format: PREBUILT_FORMAT, text: fingerprint(entries), segments };
}

/** FNV-1a (32 bit) of every question and answer, in order: cheap, and enough to notice an edit. */
export function fingerprint(entries: readonly Pick<FaqEntry, 'question' | 'answer'>[]): string {
  let hash = 0x811c9dc5;
  for (const { question, answer } of entries) {
    for (const text of [question, answer]) {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0, 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}

/** The entry's words; the prebuilt cut is used when it still fits the text. */
export function analyzeEntry(entry: Pick<FaqEntry, 'question' | 'answer'>, prebuilt?: readonly [string, string]): AnalyzedEntry {
  const question = indexed(entry.question);
  const answer = indexed(entry.answer);
  const questionCut = prebuilt ? decodeSegments(question, prebuilt[0]) : null;
  const answerCut = prebuilt ? decodeSegments(answer, prebuilt[1]) : null;
  return {
    q: tokenize(question, questionCut ?? undefined),
    a: tokenize(answer, answerCut ?? undefined),
    qb: bigrams(question),
    ab: bigrams(answer),
  };
}

/** The prebuilt cuts, if `prebuilt` is of this format and was built from these entries' text. */
function prebuiltFor(prebuilt: unknown, entries: readonly FaqEntry[]): PrebuiltIndex['segments'] | undefined {
  const candidate = prebuilt as Partial<PrebuiltIndex> | undefined;
  if (candidate?.format !== PREBUILT_FORMAT || !Array.isArray(candidate.segments)) return undefined;
  return candidate.text === fingerprint(entries) ? candidate.segments : undefined;
}

function cutOf(segments: PrebuiltIndex['segments'] | undefined, ref: number): readonly [string, string] | undefined {
  const cut = segments?.[ref];
  return Array.isArray(cut) && cut.length === 2 ? cut : undefined;
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

  add(ref: number, analyzed: AnalyzedEntry): void {
    this.builder.add({ ref: String(ref), q: analyzed.q, a: analyzed.a });
    for (const [field, list] of [['q', analyzed.qb], ['a', analyzed.ab]] as const) {
      for (const bigram of list) {
        let postings = this.bigrams.get(bigram);
        if (!postings) this.bigrams.set(bigram, (postings = { q: [], a: [] }));
        const refs = postings[field];
        if (refs[refs.length - 1] !== ref) refs.push(ref);
      }
    }
  }

  build(entries: readonly FaqEntry[]): FaqSearchIndex {
    return { entries, lunr: this.builder.build(), bigrams: this.bigrams };
  }
}

/** Builds the index at once: about 10 ms for the bundled FAQ with its prebuilt segments. */
export function createSearchIndex(faq: Pick<FaqData, 'entries'>, prebuilt?: unknown): FaqSearchIndex {
  const segments = prebuiltFor(prebuilt, faq.entries);
  const collector = new IndexCollector();
  faq.entries.forEach((entry, ref) => collector.add(ref, analyzeEntry(entry, cutOf(segments, ref))));
  return collector.build(faq.entries);
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
export async function createSearchIndexInSlices(faq: Pick<FaqData, 'entries'>, prebuilt?: unknown, options: SliceOptions = {}): Promise<FaqSearchIndex> {
  const { sliceMs = 8, signal } = options;
  const segments = prebuiltFor(prebuilt, faq.entries);
  const collector = new IndexCollector();
  let sliceStart = performance.now();
  for (let ref = 0; ref < faq.entries.length; ref++) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    collector.add(ref, analyzeEntry(faq.entries[ref], cutOf(segments, ref)));
  }
  await yieldToPage();
  signal?.throwIfAborted();
  return collector.build(faq.entries);
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
