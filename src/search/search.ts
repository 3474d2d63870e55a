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
  /** Match ranges `[start, end)` in the original question and answer text, for `<mark>`. */
  highlights: { question: Range[]; answer: Range[] };
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
    first.push({ ...(whole.find((hit) => hit.entry === best.entry) ?? best), near });
  }
  return [...first, ...whole.filter((hit) => !first.some((shown) => shown.entry === hit.entry))];
}

/** A message's sentences searched one by one, at most (a pasted page is cut, see MAX_QUERY_LENGTH). */
const MAX_SENTENCES = 6;

function searchText(index: FaqSearchIndex, query: string, options: SearchOptions): SearchHit[] {
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

function toHits(index: FaqSearchIndex, gated: Gated, matches: Matches, options: SearchOptions): SearchHit[] {
  return [...gated.kept.map((s) => ({ ...s, near: gated.near })), ...(gated.also ?? []).map((s) => ({ ...s, near: true }))]
    .filter(({ ref }) => !options.categories || options.categories.has(index.entries[ref]?.category))
    .map(({ ref, score, near }) => {
      const entry = index.entries[ref];
      let highlights: SearchHit['highlights'] | undefined;
      return {
        entry,
        position: ref,
        score,
        near,
        // Computed when first read: a broad query on a large FAQ matches thousands of entries,
        // of which a page shows a few.
        get highlights() {
          if (highlights) return highlights;
          const forms = matches.perUnit.flatMap((held) => held.get(ref)?.forms ?? []);
          const wholeWords = index.queryText !== undefined;
          return (highlights = {
            question: findRanges(entry.question, forms, wholeWords),
            answer: findRanges(entry.answer, forms, wholeWords),
          });
        },
      };
    });
}
