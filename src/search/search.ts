import { analyzeQuery, MAX_QUERY_LENGTH } from './query.js';
import { sentencesOf, withoutFormulas } from './message.js';
import { findRanges, type Range } from './highlight.js';
import { matchUnits, type Matches } from './match.js';
import {
  FEW_RESULTS,
  nearestEntries,
  precisionGate,
  withNearest,
  questionProfiles,
  scoreEntries,
  unitWeights,
  type Gated,
  type Scored,
} from './score.js';
import type { FaqEntry } from '../data/faq-types.js';
import { completeIndex, type FaqSearchIndex } from './search-index.js';

/** One search result, best first. */
export interface SearchHit {
  entry: FaqEntry;
  /** Position of the entry in the data (the tie-break: earlier entries first). */
  position: number;
  score: number;
  /**
   * A near match: the FAQ has no entry that holds most of what was asked, and this one holds a
   * good part of it. Shown apart from answers (「関連する可能性のある質問」).
   */
  near: boolean;
  /**
   * Match ranges `[start, end)` in the original question and answer text, for `<mark>`. Worked
   * out when first read (a getter: a copy made with `{ ...hit }` leaves it out; JSON keeps it).
   */
  readonly highlights: { question: Range[]; answer: Range[] };
}

export interface SearchOptions {
  /** Only entries whose category is in this set. */
  categories?: ReadonlySet<string>;
}

/**
 * Searches the FAQ, in five stages, each a pure function of the one before:
 * analyze the query into units (the FAQ's words, grammar dropped) → match each unit to the
 * entries holding it → score entries by the share of the query's informative (rare) words
 * they hold, then relevance → gate: answers, near matches or nothing → highlight.
 * Never throws, whatever the input.
 */
export function search(index: FaqSearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  // The words of the query are read against the whole lexicon, the data's synonyms included.
  completeIndex(index);
  const message = withoutFormulas(String(query ?? '').slice(0, MAX_QUERY_LENGTH));
  const whole = searchText(index, message, options);
  // A message of several sentences may ask several questions: the answer to each of them is
  // among the first results, after the best answer to the whole.
  const parts = sentencesOf(message, MAX_SENTENCES);
  if (parts.length < 2) return whole;
  const first = whole.slice(0, 1);
  // When the whole has near matches only, so do its parts: answers come before near matches.
  const near = first[0]?.near ?? false;
  for (const part of parts) {
    const best = searchText(index, part, options)[0];
    // A part's near match is as likely a greeting's or a signature's stray word.
    if (!best || best.near || first.some((hit) => hit.entry === best.entry)) continue;
    first.push((whole.find((hit) => hit.entry === best.entry) ?? best).withNear(near));
  }
  return [...first, ...whole.filter((hit) => !first.some((shown) => shown.entry === hit.entry))];
}

/** A message's sentences searched one by one, at most (a pasted page is cut, see MAX_QUERY_LENGTH). */
const MAX_SENTENCES = 6;

function searchText(index: FaqSearchIndex, query: string, options: SearchOptions): Hit[] {
  // Data not in Japanese is searched in its own words: no romaji is read as kana.
  const units = analyzeQuery(index.queryText ? index.queryText(query) : query, index.lexicon, !index.queryText);
  if (units.length === 0) return [];
  const matches = matchUnits(index, units);
  const weights = unitWeights(units, matches, index.entries.length, index.lexicon);
  const profiles = questionProfiles(index);
  const gated = precisionGate(scoreEntries(matches, weights, profiles));
  // Never a dead end: when no entry holds enough of the query, the closest ones, as near matches;
  // and a few answers are followed by the closest of the rest.
  const everyHolder = () => scoreEntries(matches, weights, profiles, undefined, 0);
  return toHits(
    index,
    gated.kept.length === 0 ? nearestEntries(everyHolder()) : gated.kept.length < FEW_RESULTS ? withNearest(gated, everyHolder()) : gated,
    matches,
    options,
  );
}

function toHits(index: FaqSearchIndex, gated: Gated, matches: Matches, options: SearchOptions): Hit[] {
  const context: HitContext = { index, matches };
  const hits: Hit[] = [];
  const add = ({ ref, score }: Scored, near: boolean) => {
    if (!options.categories || options.categories.has(index.entries[ref]?.category))
      hits.push(new Hit(index.entries[ref], ref, score, near, context));
  };
  for (const scored of gated.kept) add(scored, gated.near);
  for (const scored of gated.also ?? []) add(scored, true);
  return hits;
}

/** What a hit's highlights are worked out from, shared by the hits of one search. */
interface HitContext {
  index: FaqSearchIndex;
  matches: Matches;
}

// Symbol keys: Object.keys, for-in and JSON leave them out, so a hit logged or sent on does not
// carry the index with it.
const CONTEXT = Symbol('context');
const HIGHLIGHTS = Symbol('highlights');

/**
 * A search hit whose highlights are computed when first read: a broad query on a large FAQ
 * matches thousands of entries, of which a page shows a few. A class, with the getter on its
 * prototype: an object literal with a getter of its own took 6 ms for the 4,883 hits of 「LINE」
 * among 5,000 entries, and this some 0.1 ms (in Node).
 */
class Hit implements SearchHit {
  declare private readonly [CONTEXT]: HitContext;
  declare private [HIGHLIGHTS]?: SearchHit['highlights'];

  constructor(
    readonly entry: FaqEntry,
    readonly position: number,
    readonly score: number,
    readonly near: boolean,
    context: HitContext,
  ) {
    this[CONTEXT] = context;
  }

  get highlights(): SearchHit['highlights'] {
    if (this[HIGHLIGHTS]) return this[HIGHLIGHTS];
    const { index, matches } = this[CONTEXT];
    const forms = matches.perUnit.flatMap((held) => held.get(this.position)?.forms ?? []);
    const wholeWords = index.queryText !== undefined;
    return (this[HIGHLIGHTS] = {
      question: findRanges(this.entry.question, forms, wholeWords),
      answer: findRanges(this.entry.answer, forms, wholeWords),
    });
  }

  /** As JSON, a hit is what SearchHit says, its highlights included (JSON leaves out symbol keys). */
  toJSON(): SearchHit {
    return { ...this, highlights: this.highlights };
  }

  /** The same hit, listed as a near match or not. */
  withNear(near: boolean): Hit {
    return new Hit(this.entry, this.position, this.score, near, this[CONTEXT]);
  }
}
