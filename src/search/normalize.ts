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
const SOUND_MARK = /\uFF9E|\uFF9F|\u3099|\u309A/;

/**
 * The one normalization applied to documents and queries alike, so that what a resident types
 * meets the FAQ's text whatever its width, case or kana:
 * - Unicode NFKC: full-width Latin and digits → ASCII, half-width katakana → full-width,
 *   CJK radicals such as 「⽅」 (U+2F45) → 「方」, circled digits → digits;
 * - lower case;
 * - kana folding (see foldKana): 「りっちめにゅう」 meets 「リッチメニュー」.
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
    // Most characters of a Japanese FAQ are their own NFKC form: only lower-cased, one for one.
    if (isOwnForm(code) && !SOUND_MARK.test(text[i + 1] ?? '')) {
      out += code < 0x80 ? text[i].toLowerCase() : text[i];
      start.push(i);
      end.push(i + 1);
      i++;
      continue;
    }
    let next = i + (code > 0xffff ? 2 : 1);
    while (next < text.length && SOUND_MARK.test(text[next])) next++;
    const piece = text.slice(i, next).normalize('NFKC').toLowerCase();
    for (const char of piece) {
      out += char;
      for (let k = 0; k < char.length; k++) {
        start.push(i);
        end.push(next);
      }
    }
    i = next;
  }
  // Kana folding looks at the kana before, so it runs on the whole text; it keeps the length.
  return { text: foldKana(out), start, end };
}

/**
 * Characters NFKC leaves alone and lower-casing maps to one character: ASCII, hiragana and
 * katakana (not the combining or spacing sound marks, nor ヿ), ー, the CJK unified ideographs.
 */
function isOwnForm(code: number): boolean {
  return (
    code < 0x80 ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    code === 0x30fc ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

// ッ stays small: as a large ツ it would make fragments of loanwords match other words
// (「ツイ」 of 「ツイッター」 inside 「ニツイテ」, について).
const [SMALL_KANA, LARGE_KANA] = ['ァィゥェォャュョヮヵヶ', 'アイウエオヤユヨワカケ'];
// The vowel each katakana ends in (small kana are already large here): 1 a, 2 i, 3 u, 4 e, 5 o.
const VOWELS = [
  'アカサタナハマヤラワガザダバパ',
  'イキシチニヒミリギジヂビピ',
  'ウクスツヌフムユルグズヅブプヴ',
  'エケセテネヘメレゲゼデベペ',
  'オコソトノホモヨロゴゾドボポヲ',
];
const [U_SOUND, E_SOUND, O_SOUND] = [3, 4, 5];
// Per character of the block U+3000–U+30FF: what it folds to, and the vowel it ends in.
const KANA_BLOCK = 0x3000;
const FOLDED = new Uint16Array(0x100);
const VOWEL_OF = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
  const code = KANA_BLOCK + c;
  const char = code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + TO_KATAKANA) : String.fromCharCode(code);
  const small = SMALL_KANA.indexOf(char);
  FOLDED[c] = (small < 0 ? char : LARGE_KANA[small]).charCodeAt(0);
  VOWEL_OF[c] = VOWELS.findIndex((kana) => kana.includes(String.fromCharCode(code))) + 1;
}
// The vowel kana that lengthen the kana before them inside a word, as ー does: ウ after an o or u
// sound (「ソウダン」 = 「ソーダン」, 「ニュウ」 = 「ニュー」), イ after an e sound (「ケイサツ」). A after a,
// I after i, E after e and O after o are left alone: they are nearly always a particle meeting
// the next word (「ガ|アリマスカ」, 「ニ|イル」), and folding them would glue the two together.
const [KANA_U, KANA_I, LONG_MARK] = [0x30a6, 0x30a4, 0x30fc];
const KANA = /[\u3041-\u30ff]/;
// The folded text's characters, reused up to twice an index's longest text (MAX_INDEXED_LENGTH):
// folding makes no object per character. A longer text (an answer highlighted whole) gets its own.
const scratch = new Uint16Array(20_000);

/**
 * Kana folding, the same for documents and queries, one character for one (so offsets hold):
 * hiragana → katakana; small kana → large except ッ (「キャッシュ」 = 「キヤッシユ」, as some people
 * type it); a vowel that lengthens the kana before it → ー (「りっちめにゅう」 = 「リッチメニュー」,
 * 「そうだん」 = 「ソーダン」, the way a reading 「ソウダン」 is folded too).
 */
export function foldKana(text: string): string {
  // Runs on every word and text an index is built from: text without kana is left as it is.
  if (!KANA.test(text)) return text;
  const length = text.length;
  const folded = length <= scratch.length ? scratch : new Uint16Array(length);
  let vowel = 0;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code < KANA_BLOCK || code > KANA_BLOCK + 0xff) {
      folded[i] = code;
      vowel = 0;
      continue;
    }
    code = FOLDED[code - KANA_BLOCK];
    if ((code === KANA_U && (vowel === U_SOUND || vowel === O_SOUND)) || (code === KANA_I && vowel === E_SOUND)) {
      folded[i] = LONG_MARK;
      vowel = 0;
      continue;
    }
    folded[i] = code;
    if (code !== LONG_MARK) vowel = VOWEL_OF[code - KANA_BLOCK];
  }
  // Written out in pieces: a call takes a limited number of arguments.
  let out = '';
  for (let at = 0; at < length; at += 4096) out += String.fromCharCode(...folded.subarray(at, Math.min(length, at + 4096)));
  return out;
}

/** Hiragana → katakana, nothing else: one character for one. */
export const toKatakana = (text: string): string => text.replace(HIRAGANA, (char) => String.fromCharCode(char.charCodeAt(0) + TO_KATAKANA));

// A kana word's final long vowel mark (「ユーザー数」's ー before 数), which is written or left out
// as people please (JIS Z 8301 writes 「ユーザ」): ー after kana, not followed by kana of the same
// script (so before kanji, letters, the other kana or the end).
const FINAL_LONG_VOWEL = /(?<=\p{Script=Katakana})ー+(?![\p{Script=Katakana}ー])|(?<=\p{Script=Hiragana})ー+(?![\p{Script=Hiragana}ー])/gu;

/** `text` without the final long vowel marks of its kana words. */
export const dropFinalLongVowels = (text: string): string =>
  // Asked for every slice of every query and synonym: the expression only when there is a ー.
  text.includes('ー') ? text.replace(FINAL_LONG_VOWEL, '') : text;

/** Positions of the final long vowel marks of kana words in a text (see dropFinalLongVowels). */
export function finalLongVowelPositions(text: string): Set<number> {
  return new Set([...text.matchAll(FINAL_LONG_VOWEL)].flatMap((m) => Array.from({ length: m[0].length }, (_, k) => m.index! + k)));
}
