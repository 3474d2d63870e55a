import type { Range } from './highlight.js';

/** A short part of a text around its best match, with the match ranges moved into it. */
export interface Excerpt {
  text: string;
  ranges: Range[];
  /** Text was cut before or after the excerpt (shown as 「…」). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Characters shown before the first match of the excerpt, as far as a sentence start allows. */
const LEAD = 16;

/**
 * The excerpt of `text` around the place where most of its matches fall within `length`
 * characters, as search widgets show under a result whose match is in its body. It starts at a
 * sentence, clause or line start when one is near, else at the match, and ends at a clause end
 * when one is near, never inside a match (its line breaks are for CSS to show as spaces).
 * `undefined` when there is no match.
 */
export function excerpt(text: string, ranges: readonly Range[], length = 56): Excerpt | undefined {
  if (ranges.length === 0) return undefined;
  // The window starting at each match that holds the most match characters; the earliest wins a tie.
  let best = 0;
  let bestCovered = -1;
  for (let i = 0; i < ranges.length; i++) {
    const end = ranges[i][0] + length - LEAD;
    let covered = 0;
    for (let j = i; j < ranges.length && ranges[j][0] < end; j++) covered += Math.min(ranges[j][1], end) - ranges[j][0];
    if (covered > bestCovered) [best, bestCovered] = [i, covered];
  }
  const [first, firstEnd] = ranges[best];
  // It starts where the sentence, clause or line holding the match starts, if that is near;
  // else at the match itself: never inside a word.
  let start = first <= LEAD ? 0 : first;
  if (start > 0) {
    const boundary = /.*[。、！？!?,.\s]/s.exec(text.slice(first - LEAD, first));
    if (boundary) start = first - LEAD + boundary[0].length;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    // Not through a match: all of it, if a little more room allows, else none of it.
    // (The best match itself, longer than the excerpt, is marked as far as it is shown.)
    const cut = ranges.find(([s, e]) => first < s && s < end && end < e);
    if (cut) end = cut[1] - start <= length + 8 ? cut[1] : cut[0];
    // Then back to the end of a sentence or clause, if one is near and the best match stays.
    const boundary = /.*[。、！？!?,\s]/s.exec(text.slice(Math.max(firstEnd, end - 12), end));
    if (boundary) end = Math.max(firstEnd, end - 12) + boundary[0].length;
  }
  const shown = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return {
    text: text.slice(start, end),
    ranges: shown,
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
