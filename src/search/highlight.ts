import { URL_PATTERN } from './analyze.js';
import { normalizeWithOffsets } from './normalize.js';

/** `[start, end)` in the original text. */
export type Range = [number, number];

/**
 * Where the normalized `forms` (index terms or bigrams) occur in `text`, as ranges of the
 * original text, merged and sorted. A katakana word indexed without its final long vowel mark
 * is highlighted with it. URLs are not searched, so nothing in them is marked. With
 * `wholeWords` (data not in Japanese, whose terms are stems or pieces of words: 「garbag」), a
 * match is marked to the end of its word (「garbage」).
 */
export function findRanges(text: string, forms: readonly string[], wholeWords = false): Range[] {
  if (forms.length === 0) return [];
  const { normalized, start, end, blocked } = prepared(text);
  const found: Range[] = [];
  for (const form of new Set(forms)) {
    if (!form) continue;
    for (let at = normalized.indexOf(form); at !== -1; at = normalized.indexOf(form, at + 1)) {
      let last = at + form.length;
      while (normalized[last] === 'ー') last++;
      if (wholeWords) while (last < normalized.length && /[\p{L}\p{N}]/u.test(normalized[last])) last++;
      const range: Range = [start[at], end[last - 1]];
      if (!blocked.some(([s, e]) => range[0] < e && range[1] > s)) found.push(range);
    }
  }
  return mergeRanges(found);
}

interface Prepared {
  normalized: string;
  start: number[];
  end: number[];
  /** The URLs in the text, where nothing is marked. */
  blocked: Range[];
}

// The texts of the entries on screen are marked again at every keystroke: each is normalized
// once (a large FAQ's broad query showed normalizing at 7 % of its search time). Bounded, as
// the other caches of words and texts are.
const preparedTexts = new Map<string, Prepared>();
function prepared(text: string): Prepared {
  let found = preparedTexts.get(text);
  if (!found) {
    const { text: normalized, start, end } = normalizeWithOffsets(text);
    const blocked = [...text.matchAll(URL_PATTERN)].map((m): Range => [m.index!, m.index! + m[0].length]);
    found = { normalized, start, end, blocked };
    if (preparedTexts.size >= 500) preparedTexts.clear();
    preparedTexts.set(text, found);
  }
  return found;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
