import { clean } from './analyze.js';
import { functionWords, MAX_FUNCTION_WORD_LENGTH } from './function-words.js';
import type { Lexicon } from './lexicon.js';
import { foldKana, toKatakana } from './normalize.js';

/**
 * Cutting text into the FAQ's words by the lexicon: the cheapest segmentation (a shortest path
 * over the characters). Queries are cut so (query.ts), and so are the data's synonyms when an
 * index is built, so that a synonym stands for the terms a query typing it would find.
 */

const KANJI = /[\p{Script=Han}々]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const KATAKANA_OR_LATIN = /[\p{Script=Katakana}a-z0-9]/u;

// Costs of the segmentation: a word of the lexicon, a function word, an unknown stretch (its
// first character, then each further one). Unknown characters cost more than a word, so a known
// word covering them wins, but a run of kanji, katakana or letters costs little more than one
// character, so 「凍結」 is one unknown word rather than 「凍」 and a word 「結」. A run of hiragana
// costs nearly as much per character as function words, so grammar is read as grammar.
// A word of one kanji costs more: 「会社」 is one unknown word rather than the suffixes 「会」 and 「社」.
const COST = { word: 1, singleKanji: 1.6, function: 0.9, unknown: 2, unknownMore: 0.5, unknownKanaMore: 0.8 };
const SCRIPT_RUN = /^(?:[\p{Script=Han}々]+|[\p{Script=Katakana}ー]+|[a-z0-9]+|[\p{Script=Hiragana}ー]+)/u;

/** A piece of a cut: a word of the lexicon (by its key), a function word, or unknown characters. */
export type Piece = { kind: 'word'; key: string } | { kind: 'function' } | { kind: 'unknown' };

/**
 * The index terms a text is made of, cut as a query is (so the same way whatever segmenter cut
 * the entries): for a synonym of the data, the terms an entry must hold to hold it. Empty when
 * part of the text is not a word of the FAQ.
 */
export function termsOfText(text: string, lexicon: Lexicon): string[] {
  const terms: string[] = [];
  for (const chunk of clean(text).split(/\s+/).filter(Boolean)) {
    const folded = foldKana(chunk);
    // Only the index's own terms: a synonym is made of the FAQ's words, not of what they stand for.
    for (const { piece } of segmentByCost(chunk, toKatakana(chunk), folded, lexicon, (key) => lexicon.isTerm(key))) {
      if (piece.kind === 'unknown') return [];
      if (piece.kind === 'word') terms.push(piece.key);
    }
  }
  return terms;
}

/** The cheapest cut of one chunk (no spaces) into words, function words and unknown characters. */
export function segmentByCost(
  chunk: string,
  plain: string,
  folded: string,
  lexicon: Lexicon,
  accept: (key: string) => boolean = () => true,
): Array<{ piece: Piece; from: number; to: number }> {
  const n = folded.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<{ from: number; piece: Piece } | undefined>(n + 1);
  cost[0] = 0;
  const relax = (from: number, to: number, add: number, piece: Piece) => {
    if (cost[from] + add < cost[to]) {
      cost[to] = cost[from] + add;
      back[to] = { from, piece };
    }
  };
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let length = 1; length <= Math.min(lexicon.maxKeyLength, n - i); length++) {
      const key = folded.slice(i, i + length);
      // One kana or letter alone is too ambiguous to be a word; one kanji is a word.
      if (length === 1 && !KANJI.test(key)) continue;
      if (!lexicon.get(key) || !accept(key)) continue;
      let end = i + length;
      // Index terms drop a katakana word's final ー: 「ユーザー」 is the key 「ユーザ」 and its ー.
      while (folded[end] === 'ー') end++;
      relax(i, end, length === 1 ? COST.singleKanji : COST.word, { kind: 'word', key });
    }
    for (let length = 1; length <= Math.min(MAX_FUNCTION_WORD_LENGTH, n - i); length++) {
      // Function words are written in hiragana or kanji: 「ウン」 inside 「アカウント」 is not one,
      // nor is 「事」 inside 「事業者」: one kanji alone stands apart from other kanji.
      const typed = chunk.slice(i, i + length);
      if (!functionWords.has(plain.slice(i, i + length)) || KATAKANA_OR_LATIN.test(typed)) continue;
      if (length === 1 && KANJI.test(typed) && (KANJI.test(chunk[i - 1] ?? '') || KANJI.test(chunk[i + 1] ?? ''))) continue;
      // A small っ after a kanji is the verb's own (「乗っ取り」, 「使って」), not grammar on its own.
      if (typed === 'っ' && KANJI.test(chunk[i - 1] ?? '')) continue;
      relax(i, i + length, COST.function, { kind: 'function' });
    }
    const run = SCRIPT_RUN.exec(chunk.slice(i))?.[0] ?? chunk[i];
    const more = HIRAGANA.test(run) ? COST.unknownKanaMore : COST.unknownMore;
    for (let length = 1; length <= run.length; length++) relax(i, i + length, COST.unknown + more * (length - 1), { kind: 'unknown' });
  }
  const pieces: Array<{ piece: Piece; from: number; to: number }> = [];
  for (let to = n; to > 0;) {
    const step = back[to]!;
    pieces.unshift({ piece: step.piece, from: step.from, to });
    to = step.from;
  }
  return pieces;
}
