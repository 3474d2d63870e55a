import { segmentJapanese, isJapaneseStopWord } from './lunr-ja.js';
import { foldKana, normalize } from './normalize.js';

/** Web addresses: left out of the index, so never matched or marked. */
export const URL_PATTERN = /\bhttps?:\/\/[!-~]+/gi;
// Anything that is not a letter or digit separates words: brackets 「」(), ・, ※, ?, 。, …
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆ヶ]/u;
const JAPANESE_RUNS = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆ヶ]+/gu;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー]+$/u;

/**
 * Prepares text for segmentation: URLs removed (their parts are noise in an FAQ about LINE),
 * punctuation turned into spaces. Segmentation sees the text before kana folding: the
 * difference between hiragana, katakana and kanji is much of what tells words apart.
 */
export function clean(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(URL_PATTERN, ' ').replace(SEPARATORS, ' ');
}

/** The word segmenter's cut of a text (see lunr-ja.ts), stop words included. */
export const segment = (text: string): string[] => segmentJapanese(clean(text));

/**
 * The index terms of a text: split into words with lunr-languages `ja` (Intl.Segmenter), or as
 * `segments` (a cut made earlier, by a morphological analyzer, for a prebuilt index); stop
 * words dropped; each word normalized as documents and queries must match: kana folded, and a
 * final long vowel mark dropped from katakana words (「ユーザー」 = 「ユーザ」).
 */
export function tokenize(
  text: string,
  segments: readonly string[] = segment(text),
  termOfPiece: (piece: string) => string | undefined = termOf,
): string[] {
  const out: string[] = [];
  for (const piece of segments) {
    const term = termOfPiece(piece);
    if (term !== undefined) out.push(term);
  }
  return out;
}

/** The index term of one segment (after `clean`), or undefined for a stop word. */
export function termOf(piece: string): string | undefined {
  return isJapaneseStopWord(piece) ? undefined : trimLongVowel(foldKana(piece));
}

function trimLongVowel(term: string): string {
  return term.length > 2 && term.endsWith('ー') && KATAKANA_ONLY.test(term) ? term.slice(0, -1) : term;
}

/**
 * Overlapping two-character pieces of every run of Japanese characters (a lone character
 * stands for itself), as Lucene's CJK bigram filter makes them. They find a word that was cut
 * differently in the question and in the text (「回覧板」), or a kana spelling no segmenter
 * cuts well (「りっちめにゅー」).
 */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of normalize(clean(text)).matchAll(JAPANESE_RUNS)) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/**
 * A bigram as a number (its two UTF-16 code units; a lone character with 0 for the second):
 * how the index keys them, as a large FAQ has hundreds of thousands and numbers cost no string.
 */
export const bigramKey = (bigram: string): number => bigram.charCodeAt(0) * 0x10000 + (bigram.length > 1 ? bigram.charCodeAt(1) : 0);

/** The keys (see bigramKey) of `bigrams` of a text that has been through `clean` already. */
export function bigramKeysOfClean(cleaned: string): number[] {
  const out: number[] = [];
  for (const [run] of normalize(cleaned).matchAll(JAPANESE_RUNS)) {
    if (run.length === 1) out.push(run.charCodeAt(0) * 0x10000);
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.charCodeAt(i) * 0x10000 + run.charCodeAt(i + 1));
  }
  return out;
}

/** Whether a term is written with Japanese characters (so bigrams can stand in for it). */
export const isJapanese = (term: string): boolean => JAPANESE.test(term);
