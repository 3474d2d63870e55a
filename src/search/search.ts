import { analyzeQuery, type QueryUnit } from './query.js';
import { lunr } from './lunr-ja.js';
import { findRanges, type Range } from './highlight.js';
import { normalize } from './normalize.js';
import type { FaqEntry } from '../data/faq-types.js';
import type { FaqSearchIndex } from './search-index.js';

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
const WEIGHT = { q: 6, a: 1.5, qb: 1, ab: 0.25, prefix: 0.5 };
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

/** What one entry has of one query unit. */
interface UnitMatch {
  /** Index terms (words) through which the entry holds the unit. */
  words: string[];
  /** Bigrams of the unit the entry holds. */
  bigrams: string[];
}

/**
 * Searches the FAQ. A result must account for every query unit, as words or through enough of
 * their bigrams; when no entry does, entries accounting for at least half of them are returned.
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

  /** Entry positions holding `term` in the question or answer. */
  const refsWithWord = (term: string): number[] => {
    const postings = invertedIndex[term];
    if (!postings) return [];
    const refs = new Set<number>();
    for (const field of ['q', 'a']) for (const ref in postings[field]) refs.add(Number(ref));
    return [...refs];
  };

  /** Entries holding a bigram (anywhere, in the question, in the answer) and its idf; once a query. */
  const bigramCache = new Map<string, { refs: Set<number>; inQuestion: Set<number>; inAnswer: Set<number>; idf: number }>();
  function bigramInfo(bigram: string) {
    let info = bigramCache.get(bigram);
    if (!info) {
      const postings = index.bigrams.get(bigram) ?? { q: [], a: [] };
      const refs = new Set([...postings.q, ...postings.a]);
      const idf = Math.log(1 + (total - refs.size + 0.5) / (refs.size + 0.5));
      bigramCache.set(bigram, (info = { refs, inQuestion: new Set(postings.q), inAnswer: new Set(postings.a), idf }));
    }
    return info;
  }

  // For each unit: entry → what it holds of the unit (only entries that hold the unit).
  const perUnit = units.map((unit) => matchUnit(unit));

  function matchUnit(unit: QueryUnit): Map<number, UnitMatch> {
    const matches = new Map<number, UnitMatch>();
    // Words: every term of the unit (the last one also as a prefix while typing).
    const last = unit.terms.length - 1;
    let holders: Map<number, string[]> | undefined;
    unit.terms.forEach((term, i) => {
      const forms = i === last && unit.prefix ? expand(term) : [term];
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
    for (const [ref, words] of holders ?? []) matches.set(ref, { words, bigrams: [] });
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
        else if (bigrams.length >= needed) matches.set(ref, { words: [], bigrams });
      }
    }
    return matches;
  }

  function expand(term: string): string[] {
    const found = tokenSet.intersect((lunr.TokenSet as unknown as TokenSetStatics).fromString(`${term}*`)).toArray();
    return [term, ...found.filter((t) => t !== term).slice(0, MAX_EXPANSIONS)];
  }

  /** Lunr's BM25 weight of `term` in one field of one entry. */
  const wordWeight = (field: 'q' | 'a', ref: number, term: string): number => {
    const termIndex = invertedIndex[term]?._index;
    const vector = fieldVectors[`${field}/${ref}`];
    if (termIndex === undefined || !vector) return 0;
    const at = vector.positionForIndex(termIndex);
    return vector.elements[at] === termIndex ? vector.elements[at + 1] : 0;
  };
  const bigramWeight = (bigram: string, ref: number): number => {
    const { idf, inQuestion, inAnswer } = bigramInfo(bigram);
    return idf * ((inQuestion.has(ref) ? WEIGHT.qb : 0) + (inAnswer.has(ref) ? WEIGHT.ab : 0));
  };

  const candidates = new Map<number, number>();
  for (const matches of perUnit) for (const ref of matches.keys()) candidates.set(ref, (candidates.get(ref) ?? 0) + 1);
  let needed = units.length;
  if (![...candidates.values()].some((n) => n === units.length)) needed = Math.max(1, Math.ceil(units.length * FALLBACK_SUPPORT));

  const lead = units[0].terms.join('');
  type Scored = { ref: number; score: number; covered: number; forms: string[] };
  const scored: Scored[] = [];
  for (const [ref, covered] of candidates) {
    if (covered < needed) continue;
    const entry = index.entries[ref];
    if (!entry || (options.categories && !options.categories.has(entry.category))) continue;
    let score = 0;
    const forms: string[] = [];
    units.forEach((unit, u) => {
      const match = perUnit[u].get(ref);
      if (!match) return;
      const typed = unit.terms[unit.terms.length - 1];
      for (const word of match.words) {
        const factor = unit.prefix && word !== typed ? WEIGHT.prefix : 1;
        score += factor * (WEIGHT.q * wordWeight('q', ref, word) + WEIGHT.a * wordWeight('a', ref, word));
      }
      for (const bigram of match.bigrams) score += bigramWeight(bigram, ref);
      forms.push(...match.words, ...(match.words.length > 0 ? [] : match.bigrams));
    });
    if (normalize(entry.question).replace(/\s+/g, '').startsWith(lead)) score *= LEAD_BONUS;
    scored.push({ ref, score, covered, forms });
  }

  return scored
    .sort((x, y) => y.covered - x.covered || y.score - x.score || x.ref - y.ref)
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
