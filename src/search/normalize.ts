/** Text normalized for matching, with where each normalized character came from in the original. */
export interface NormalizedText {
  text: string;
  /** `start[i]` is the index in the original string of normalized character `i`. */
  start: number[];
  /** `end[i]` is the index just past the original characters that produced normalized character `i`. */
  end: number[];
}

const HIRAGANA = /[\u3041-\u3096]/g;
const TO_KATAKANA = 0x60;
// Half-width and combining (semi-)voiced sound marks belong to the kana before them:
// 「ｶﾞ」 must become 「ガ」, one character, not 「カ」 and a stray mark.
const SOUND_MARK = /[\uFF9E\uFF9F\u3099\u309A]/;

/**
 * The one normalization applied to documents and queries alike, so that what a resident types
 * meets the FAQ's text whatever its width, case or kana:
 * - Unicode NFKC: full-width Latin and digits → ASCII, half-width katakana → full-width,
 *   CJK radicals such as 「⽅」 (U+2F45) → 「方」, circled digits → digits;
 * - lower case;
 * - hiragana → katakana (「りっちめにゅー」 meets 「リッチメニュー」).
 */
export function normalize(text: string): string {
  // Same result as normalizeWithOffsets(text).text (a test holds them together), without the
  // per-character bookkeeping: this runs on every entry when an index is built.
  return foldKana(text.normalize('NFKC').toLowerCase());
}

/** `normalize`, keeping the original position of every output character (for highlights). */
export function normalizeWithOffsets(text: string): NormalizedText {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    let next = i + (code > 0xffff ? 2 : 1);
    while (next < text.length && SOUND_MARK.test(text[next])) next++;
    const piece = foldKana(text.slice(i, next).normalize('NFKC').toLowerCase());
    for (const char of piece) {
      out += char;
      for (let k = 0; k < char.length; k++) {
        start.push(i);
        end.push(next);
      }
    }
    i = next;
  }
  return { text: out, start, end };
}

/** Hiragana → katakana. */
export function foldKana(text: string): string {
  return text.replace(HIRAGANA, (char) => String.fromCharCode(char.charCodeAt(0) + TO_KATAKANA));
}
