import { clean } from './analyze.js';

// Segment lengths as base-36 digits; a digit of 35 ('z') means "35 more, and go on", so any
// length fits while almost every segment takes one character.
const MORE = 35;

/** Encodes a cut of a text (the morphological analyzer's) as the lengths of its segments: about one byte a word. */
export function encodeSegments(segments: readonly string[]): string {
  let out = '';
  for (const { length } of segments) {
    let rest = length;
    while (rest >= MORE) {
      out += 'z';
      rest -= MORE;
    }
    out += rest.toString(36);
  }
  return out;
}

/**
 * Cuts `text` (after `clean`) where the encoded lengths say. Returns null when the lengths do
 * not fit the text, as when the text was edited after the index was built: the caller then
 * segments the text again.
 */
export const decodeSegments = (text: string, code: string): string[] | null => decodeCleanSegments(clean(text), code);

/** `decodeSegments` for a text that has been through `clean` already. */
export function decodeCleanSegments(cleaned: string, code: string): string[] | null {
  if (typeof code !== 'string') return null;
  // `clean` leaves single spaces as the only separators. Digits are read by their code (a
  // large FAQ has a million of them; parseInt per digit took a third of the decoding).
  const chars = cleaned.includes(' ') ? cleaned.split(' ').join('') : cleaned;
  const out: string[] = [];
  let at = 0;
  let length = 0;
  for (let i = 0; i < code.length; i++) {
    const digit = code.charCodeAt(i);
    const value = digit >= 48 && digit <= 57 ? digit - 48 : digit >= 97 && digit <= 122 ? digit - 87 : -1;
    if (value < 0) return null;
    length += value;
    if (value === MORE) continue;
    if (length === 0 || at + length > chars.length) return null;
    out.push(chars.slice(at, at + length));
    at += length;
    length = 0;
  }
  return at === chars.length && length === 0 ? out : null;
}
