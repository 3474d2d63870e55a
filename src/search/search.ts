import { analyzeQuery, type QueryUnit } from './query.js';
import { lunr } from './lunr-ja.js';
import { findRanges, type Range } from './highlight.js';
import { normalize } from './normalize.js';
import type { FaqEntry } from '../data/faq-types.js';
import { FIELDS, type FaqSearchIndex, type Field } from './search-index.js';
import { fuzzyMatches } from './fuzzy.js';
import { tokenize } from './analyze.js';

/** One search result, best first. */
export interface SearchHit {
  entry: FaqEntry;
  /** Position of the entry in the data (the tie-break: earlier entries first). */
  position: number;
  score: number;
  /** Match ranges `[start, end)` in the original question and answer text, for `<mark>`. */
  highlights: { question: Range[]; answer: Range[] };
}

export interface SearchOptions {
  /** Only entries whose category is in this set. */
  categories?: ReadonlySet<string>;
}

// Parts of lunr.Index that its type definitions leave out: the postings (term → field → ref →
// metadata, plus the term's position `_index` in field vectors), the field vectors with each
// entry's BM25 weights, and the set of all terms (for prefixes).
interface LunrInternals {
  invertedIndex: Record<string, (Record<string, Record<string, unknown>> & { _index: number }) | undefined>;
  fieldVectors: Record<string, { elements: number[]; positionForIndex(index: number): number }>;
  tokenSet: lunr.TokenSet;
}
interface TokenSetStatics {
  fromString(text: string): lunr.TokenSet;
}

// Question words weigh more than answer words; exact words more than bigrams; a word still
// being typed (prefix) less than a whole word.
// Words an entry is found by through synonyms or keywords (field s) count like answer words.
// Keywords (field k) were chosen for the entry, so they count nearly as much as its question.
const WEIGHT = { q: 6, a: 1.5, k: 4, s: 1.5, qb: 1, ab: 0.25, kb: 0.5, sb: 0.25, prefix: 0.5, fuzzy: 0.4, synonym: 0.8 };
// Where the query is what a question begins with (「リッチメニュー」 → 「リッチメニューとは何ですか」
// rather than 「変動リッチメニューとは…」), that question is most likely the one meant.
const LEAD_BONUS = 1.25;
// Longer input is cut: no one types more into a search box, and segmenting a pasted page on
// every keystroke would stall typing.
const MAX_QUERY_LENGTH = 200;
const MAX_UNITS = 32;
const MAX_EXPANSIONS = 200;
// Share of a unit's bigrams a text must hold for them to stand in for the unit's words.
const BIGRAM_SUPPORT = 2 / 3;
// When no entry accounts for every unit of the query, entries that account for at least this
// share of them are shown instead.
const FALLBACK_SUPPORT = 0.5;

/**
 * Whether a unit names a topic (a noun written in katakana, Latin letters or kanji alone), as
 * opposed to a verb or adjective with kana endings (「頼む」), which a FAQ may simply phrase
 * differently.
 */
function isTopical(unit: QueryUnit): boolean {
  const text = unit.terms.join('');
  return text.length >= 2 && /^(?:[\p{Script=Katakana}ー]+|[a-z0-9]+|[\p{Script=Han}々]+)$/u.test(text);
}

const compactNormalized = (text: string) => normalize(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Each entry's question, normalized without spaces, for the lead bonus; made once per index. */
const normalizedQuestions = new WeakMap<FaqSearchIndex, string[]>();
function questionsOf(index: FaqSearchIndex): string[] {
  let questions = normalizedQuestions.get(index);
  if (!questions) normalizedQuestions.set(index, (questions = index.entries.map((e) => normalize(e.question).replace(/\s+/g, ''))));
  return questions;
}

/** The index words of a synonym, segmented once. */
const synonymWords = new Map<string, string[]>();
function wordsOf(text: string): string[] {
  let words = synonymWords.get(text);
  if (!words) synonymWords.set(text, (words = tokenize(text)));
  return words;
}

/** Latin words of an index, for typo matching; listed once per index. */
const latinWords = new WeakMap<FaqSearchIndex, string[]>();
function latinVocabulary(index: FaqSearchIndex): string[] {
  let words = latinWords.get(index);
  if (!words) {
    words = Object.keys((index.lunr as unknown as LunrInternals).invertedIndex).filter((term) => /^[a-z][a-z0-9]*$/.test(term));
    latinWords.set(index, words);
  }
  return words;
}

/** What one entry has of one query unit. */
interface UnitMatch {
  /** Index terms (words) through which the entry holds the unit. */
  words: string[];
  /** Bigrams of the unit the entry holds. */
  bigrams: string[];
  /** 1 when the entry holds the unit (as words, or enough of its bigrams); else the share of its bigrams it holds. */
  support: number;
}

/**
 * Searches the FAQ. A result must account for every query unit, as words or through enough of
 * their bigrams; when no entry does, entries accounting for at least half of the query (units
 * weighed by how rare they are) are returned. Queries naming something the FAQ never mentions
 * return nothing.
 * Scores add Lunr's BM25 weights of the matched words (question above answer) and an idf weight
 * for matched bigrams; ties keep data order. Never throws, whatever the input.
 */
export function search(index: FaqSearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const units = analyzeQuery(String(query ?? '').slice(0, MAX_QUERY_LENGTH))
    .filter((u) => !u.grammatical)
    .slice(0, MAX_UNITS);
  if (units.length === 0) return [];
  const { invertedIndex, fieldVectors, tokenSet } = index.lunr as unknown as LunrInternals;
  const total = index.entries.length;

  /** Entry positions holding `term` in the question, the answer or the extra words. */
  const refsWithWord = (term: string): number[] => {
    const postings = invertedIndex[term];
    if (!postings) return [];
    const refs = new Set<number>();
    for (const field of FIELDS) for (const ref in postings[field]) refs.add(Number(ref));
    return [...refs];
  };

  /** Entries holding a bigram (anywhere, and per field) and its idf; computed once a query. */
  const bigramCache = new Map<string, { refs: Set<number>; inField: Record<Field, Set<number>>; idf: number }>();
  function bigramInfo(bigram: string) {
    let info = bigramCache.get(bigram);
    if (!info) {
      const postings = index.bigrams.get(bigram) ?? { q: [], a: [], k: [], s: [] };
      const refs = new Set(FIELDS.flatMap((field) => postings[field]));
      const idf = Math.log(1 + (total - refs.size + 0.5) / (refs.size + 0.5));
      const inField = { q: new Set(postings.q), a: new Set(postings.a), k: new Set(postings.k), s: new Set(postings.s) };
      bigramCache.set(bigram, (info = { refs, inField, idf }));
    }
    return info;
  }

  // For each unit: entry → what it holds of the unit.
  const unitMatches = units.map((unit) => matchUnit(unit));
  const perUnit = unitMatches.map((m) => m.matches);

  /** Entries that hold the unit, and entries that hold only some of its bigrams. */
  function matchUnit(unit: QueryUnit): { matches: Map<number, UnitMatch>; partial: Map<number, UnitMatch> } {
    const matches = new Map<number, UnitMatch>();
    const partial = new Map<number, UnitMatch>();
    // Words: every term of the unit (the last one also as a prefix while typing).
    const last = unit.terms.length - 1;
    let holders: Map<number, string[]> | undefined;
    unit.terms.forEach((term, i) => {
      let forms = i === last && unit.prefix ? expand(term) : [term];
      // A Latin word the FAQ does not have may be a typing slip of one it has.
      if (!forms.some((form) => invertedIndex[form])) forms = fuzzyMatches(term, latinVocabulary(index), i === last && unit.prefix);
      const found = new Map<number, string[]>();
      for (const form of forms) {
        for (const ref of refsWithWord(form)) {
          if (holders && !holders.has(ref)) continue;
          const list = found.get(ref);
          if (list) list.push(form);
          else found.set(ref, [...(holders?.get(ref) ?? []), form]);
        }
      }
      holders = found;
    });
    for (const [ref, words] of holders ?? []) matches.set(ref, { words, bigrams: [], support: 1 });
    // Bigrams: enough of the unit's own bigrams.
    if (unit.bigrams.length > 0) {
      const needed = Math.ceil(unit.bigrams.length * BIGRAM_SUPPORT);
      const held = new Map<number, string[]>();
      for (const bigram of new Set(unit.bigrams)) {
        for (const ref of bigramInfo(bigram).refs) {
          const list = held.get(ref);
          if (list) list.push(bigram);
          else held.set(ref, [bigram]);
        }
      }
      for (const [ref, bigrams] of held) {
        const match = matches.get(ref);
        if (match) match.bigrams = bigrams;
        else if (bigrams.length >= needed) matches.set(ref, { words: [], bigrams, support: 1 });
        else partial.set(ref, { words: [], bigrams, support: bigrams.length / unit.bigrams.length });
      }
    }
    return { matches, partial };
  }

  function expand(term: string): string[] {
    const found = tokenSet.intersect((lunr.TokenSet as unknown as TokenSetStatics).fromString(`${term}*`)).toArray();
    return [term, ...found.filter((t) => t !== term).slice(0, MAX_EXPANSIONS)];
  }

  /** Lunr's BM25 weight of `term` in one field of one entry. */
  const wordWeight = (field: Field, ref: number, term: string): number => {
    const termIndex = invertedIndex[term]?._index;
    const vector = fieldVectors[`${field}/${ref}`];
    if (termIndex === undefined || !vector) return 0;
    const at = vector.positionForIndex(termIndex);
    return vector.elements[at] === termIndex ? vector.elements[at + 1] : 0;
  };
  /** A word's weight in an entry: question, answer and keywords by their weights. */
  const textWeight = (ref: number, word: string) =>
    WEIGHT.q * wordWeight('q', ref, word) + WEIGHT.a * wordWeight('a', ref, word) + WEIGHT.k * wordWeight('k', ref, word);
  const bigramWeight = (bigram: string, ref: number): number => {
    const { idf, inField } = bigramInfo(bigram);
    return idf * ((inField.q.has(ref) ? WEIGHT.qb : 0) + (inField.a.has(ref) ? WEIGHT.ab : 0) + (inField.k.has(ref) ? WEIGHT.kb : 0) + (inField.s.has(ref) ? WEIGHT.sb : 0));
  };

  // How many entries hold each unit; a rare unit says more about what is wanted than a common one.
  const holdersOf = perUnit.map((matches) => matches.size);
  // A query about something the FAQ does not cover at all (「パスポート」, 「Wi-Fi」, 「天気予報」)
  // gets no results, rather than entries that match only its generic words (「申請」, 「LINE」).
  const unknown = units.filter((unit, u) => holdersOf[u] === 0 && isTopical(unit)).length;
  if (unknown * 2 >= units.length) return [];
  // Other units no entry holds (a verb the FAQ phrases differently: 「使える」) cannot tell
  // entries apart; coverage is weighed over the units some entry holds, by their idf.
  const idf = holdersOf.map((n) => (n === 0 ? 0 : Math.log(1 + (total - n + 0.5) / (n + 0.5))));
  const idfTotal = idf.reduce((sum, w) => sum + w, 0);
  if (idfTotal === 0) return [];

  const coverage = new Map<number, number>();
  const cover = (u: number, matches: Map<number, UnitMatch>) => {
    for (const [ref, match] of matches) coverage.set(ref, (coverage.get(ref) ?? 0) + (idf[u] * match.support) / idfTotal);
  };
  perUnit.forEach((matches, u) => cover(u, matches));
  const COMPLETE = 1 - 1e-9;
  const someComplete = [...coverage.values()].some((c) => c >= COMPLETE);
  const needed = someComplete ? COMPLETE : FALLBACK_SUPPORT;
  // Only when no entry holds the whole query do part-held units (some of their bigrams) count.
  if (!someComplete) {
    unitMatches.forEach(({ partial }, u) => {
      cover(u, partial);
      for (const [ref, match] of partial) perUnit[u].set(ref, match);
    });
  }

  const lead = units[0].terms.join('');
  const typedText = compactNormalized(String(query ?? '').slice(0, MAX_QUERY_LENGTH));
  type Scored = { ref: number; score: number; covered: number; forms: string[] };
  const scored: Scored[] = [];
  for (const [ref, covered] of coverage) {
    if (covered < needed) continue;
    const entry = index.entries[ref];
    if (!entry || (options.categories && !options.categories.has(entry.category))) continue;
    let score = 0;
    const forms: string[] = [];
    units.forEach((unit, u) => {
      const match = perUnit[u].get(ref);
      if (!match) return;
      if (match.support < 1) {
        for (const bigram of match.bigrams) score += bigramWeight(bigram, ref);
        return;
      }
      for (const word of match.words) {
        const factor = unit.terms.includes(word) ? 1 : /^[a-z0-9]+$/.test(word) && !word.startsWith(unit.terms[unit.terms.length - 1]) ? WEIGHT.fuzzy : WEIGHT.prefix;
        score += factor * (textWeight(ref, word) + WEIGHT.s * wordWeight('s', ref, word));
      }
      for (const bigram of match.bigrams) score += bigramWeight(bigram, ref);
      forms.push(...match.words, ...(match.words.length > 0 ? [] : match.bigrams));
    });
    // Found through a synonym the query spells out: the word of the text it stands for counts
    // where it stands (a question outweighs an answer) and is the one marked.
    for (const { present, added } of index.expansions[ref] ?? []) {
      if (!typedText.includes(compactNormalized(added))) continue;
      forms.push(normalize(present));
      for (const word of wordsOf(present)) score += WEIGHT.synonym * textWeight(ref, word);
    }
    if (questionsOf(index)[ref].startsWith(lead)) score *= LEAD_BONUS;
    scored.push({ ref, score, covered, forms });
  }

  return scored
    .sort((x, y) => Math.min(1, y.covered) - Math.min(1, x.covered) || y.score - x.score || x.ref - y.ref)
    .map(({ ref, score, forms }) => {
      const entry = index.entries[ref];
      let highlights: SearchHit['highlights'] | undefined;
      return {
        entry,
        position: ref,
        score,
        // Computed when first read: a broad query on a large FAQ matches thousands of entries,
        // of which a page shows a few.
        get highlights() {
          return (highlights ??= { question: findRanges(entry.question, forms), answer: findRanges(entry.answer, forms) });
        },
      };
    });
}
