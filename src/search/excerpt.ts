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
 * sentence, clause or line start when one is near (its line breaks are for CSS to show as spaces).
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
  const first = ranges[best][0];
  let start = Math.max(0, first - LEAD);
  // A sentence, clause or line that starts between `start` and the match is where the excerpt
  // starts: not in the middle of a word.
  const boundary = /.*[。、！？!?,.\s]/s.exec(text.slice(start, first));
  if (boundary) start += boundary[0].length;
  const end = Math.min(text.length, start + length);
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
