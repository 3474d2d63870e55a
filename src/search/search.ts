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

// Parts of lunr.Index that its type definitions leave out: the postings (term → field → ref)
// and the set of all terms, used to tell which query units an entry accounts for.
interface LunrInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> | undefined>;
  tokenSet: lunr.TokenSet;
}
interface TokenSetStatics {
  fromString(text: string): lunr.TokenSet;
}

// Question words weigh more than answer words; exact words more than bigrams; a prefix still
// being typed less than a whole word.
const LEAD_BONUS = 1.25;
const BOOST = { q: 6, a: 1.5, qb: 1, ab: 0.25, prefix: 0.5 };
// Longer input is cut: no one types more into a search box, and segmenting a pasted page on
// every keystroke would stall typing.
const MAX_QUERY_LENGTH = 200;
const MAX_UNITS = 32;
// Share of a unit's bigrams a text must hold for them to stand in for the unit's words.
const BIGRAM_SUPPORT = 2 / 3;
// When no entry accounts for every unit of the query, entries that account for at least this
// share of them are shown instead.
const FALLBACK_SUPPORT = 0.5;

/**
 * Searches the FAQ. All query units must be matched (as words, or through enough of their
 * bigrams); when that finds nothing, entries matching at least half of them are returned.
 * Order: Lunr's BM25 score with the boosts above, then data order. Never throws on any input.
 */
export function search(index: FaqSearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const units = analyzeQuery(String(query ?? '').slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_UNITS);
  const required = units.filter((u) => !u.grammatical);
  if (required.length === 0) return [];

  const { invertedIndex: inverted, tokenSet } = index.lunr as unknown as LunrInternals;
  const expansions = new Map<QueryUnit, string[]>();
  for (const unit of units) {
    if (!unit.prefix) continue;
    const last = unit.terms[unit.terms.length - 1];
    const found = tokenSet.intersect((lunr.TokenSet as unknown as TokenSetStatics).fromString(`${last}*`)).toArray();
    expansions.set(unit, found.slice(0, 200));
  }
  const inField = (term: string, fields: readonly string[], ref: string) => fields.some((f) => inverted[term]?.[f]?.[ref] !== undefined);

  /** The index terms through which `ref` accounts for `unit`, or null if it does not. */
  const matchedForms = (unit: QueryUnit, ref: string): string[] | null => {
    const last = unit.terms.length - 1;
    const forms: string[] = [];
    const wordsMatch = unit.terms.every((term, i) => {
      const candidates = i === last && unit.prefix ? [term, ...(expansions.get(unit) ?? [])] : [term];
      const hit = candidates.filter((c) => inField(c, ['q', 'a'], ref));
      forms.push(...hit);
      return hit.length > 0;
    });
    if (wordsMatch) return forms;
    if (unit.bigrams.length === 0) return null;
    const present = unit.bigrams.filter((b) => inField(b, ['qb', 'ab'], ref));
    return present.length >= Math.ceil(unit.bigrams.length * BIGRAM_SUPPORT) ? present : null;
  };

  let results: lunr.Index.Result[];
  try {
    results = index.lunr.query((q) => {
      // Grammar words (「ますか」) are left out: they match most entries, so they cost much
      // scoring work and change almost no ranking.
      for (const unit of required) {
        for (const term of unit.terms) {
          q.term(term, { fields: ['q'], boost: BOOST.q, usePipeline: false });
          q.term(term, { fields: ['a'], boost: BOOST.a, usePipeline: false });
        }
        if (unit.prefix) {
          const last = unit.terms[unit.terms.length - 1];
          q.term(last, { fields: ['q'], boost: BOOST.q * BOOST.prefix, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
          q.term(last, { fields: ['a'], boost: BOOST.a * BOOST.prefix, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        }
        for (const bigram of unit.bigrams) {
          q.term(bigram, { fields: ['qb'], boost: BOOST.qb, usePipeline: false });
          q.term(bigram, { fields: ['ab'], boost: BOOST.ab, usePipeline: false });
        }
      }
    });
  } catch {
    // Query terms are built from letters and digits only, so Lunr has nothing to parse; this
    // guards the host page all the same.
    return [];
  }

  // Where the query is what a question begins with (「リッチメニュー」 → 「リッチメニューとは何ですか」
  // rather than 「変動リッチメニューとは…」), that question is most likely the one meant.
  const lead = units[0].terms.join('');
  const startsWith = (entry: FaqEntry) => normalize(entry.question).replace(/\s+/g, '').startsWith(lead);

  type Scored = { ref: string; score: number; covered: number; forms: string[] };
  const scored: Scored[] = [];
  for (const { ref, score } of results) {
    const entry = index.entries[Number(ref)];
    if (!entry || (options.categories && !options.categories.has(entry.category))) continue;
    let covered = 0;
    const forms: string[] = [];
    for (const unit of required) {
      const matched = matchedForms(unit, ref);
      if (matched) {
        covered++;
        forms.push(...matched);
      }
    }
    scored.push({ ref, score: startsWith(entry) ? score * LEAD_BONUS : score, covered: covered / required.length, forms });
  }
  const complete = scored.filter((s) => s.covered === 1);
  const shown = complete.length > 0 ? complete : scored.filter((s) => s.covered >= FALLBACK_SUPPORT);

  return shown
    .sort((x, y) => y.covered - x.covered || y.score - x.score || Number(x.ref) - Number(y.ref))
    .map(({ ref, score, forms }) => {
      const entry = index.entries[Number(ref)];
      let highlights: SearchHit['highlights'] | undefined;
      return {
        entry,
        position: Number(ref),
        score,
        // Computed when first read: a broad query on a large FAQ matches thousands of entries,
        // of which a page shows a few.
        get highlights() {
          return (highlights ??= { question: findRanges(entry.question, forms), answer: findRanges(entry.answer, forms) });
        },
      };
    });
}
