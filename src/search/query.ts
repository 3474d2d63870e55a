import { bigrams, clean, isJapanese } from './analyze.js';
import type { Lexicon, Sense } from './lexicon.js';
import { finalLongVowelPositions, foldKana, toKatakana } from './normalize.js';
import { romajiToKana } from './romaji.js';
import { segmentByCost } from './word-cut.js';

/** A piece of a query that says something about what is wanted. */
export interface QueryUnit {
  /** What was typed for it, normalized. */
  text: string;
  /**
   * What it stands for in the index, when the lexicon knows it; empty for a word the FAQ does
   * not have (still counted: it makes a result less certain).
   */
  senses: Sense[];
  /** Two-character pieces of an unknown Japanese word, to find it cut differently or misspelt. */
  bigrams: string[];
  /** A word still being typed: it also stands for the words it begins. */
  prefix: boolean;
  /** An unknown word in Latin letters: words one typing slip away are looked for. */
  latin: boolean;
  /**
   * An unknown stretch in hiragana (a word the FAQ has in kanji, or grammar the function-word
   * list lacks) or an adjective (「新しく」): it weighs less than a noun.
   */
  kana: boolean;
  /** An unknown word of kanji and kana (a verb with its ending, 「作り」): it weighs less than a noun. */
  mixed?: boolean;
  /** Units typed together as one compound share this number (see unitWeights). */
  compound?: number;
}

// Longer input is cut: no one types more into a search box, and analysing a pasted page on
// every keystroke would stall typing.
export const MAX_QUERY_LENGTH = 200;
const MAX_UNITS = 32;
// A word being typed stands for at most this many completions.
const MAX_COMPLETIONS = 30;
const KANJI = /[\p{Script=Han}々]/u;
const LATIN_WORD = /[a-z][a-z'-]*/g;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * Turns what a person typed into query units: the text is cut into the FAQ's own words (its
 * index terms, their readings, stems and synonyms), grammar and fillers, and unknown stretches,
 * by the cheapest segmentation (a shortest path over the characters). Every character is text:
 * nothing here is query syntax, so `LINE:`, `~`, `^2` or `*` are just characters.
 */
export function analyzeQuery(query: string, lexicon: Lexicon, japanese = true): QueryUnit[] {
  const typed = String(query ?? '').slice(0, MAX_QUERY_LENGTH);
  const stillTyping = !/[\s\p{P}\p{S}]$/u.test(typed);
  const cleaned = clean(typed);
  const chunks = (japanese ? romajiToHiragana(cleaned, lexicon) : cleaned).split(/\s+/).filter(Boolean);
  const units: QueryUnit[] = [];
  let compounds = 0;
  const nextCompound = () => ++compounds;
  chunks.forEach((chunk, c) => units.push(...analyzeChunk(chunk, lexicon, stillTyping && c === chunks.length - 1, nextCompound)));
  return units.slice(0, MAX_UNITS);
}

/**
 * Latin words that are not words of the FAQ but spell kana become hiragana, as an IME would have
 * made them: leftovers (「あかうんとtai」 → 「あかうんとたい」), and a query typed in romaji
 * (「LINE soudan toha」 → 「LINE そうだん とは」), where short words are left as they are (「no」, 「to」
 * are as likely English).
 */
function romajiToHiragana(text: string, lexicon: Lexicon): string {
  const shortest = KANA.test(text) ? 1 : 3;
  return text.replace(LATIN_WORD, (word) => {
    const kana = word.length < shortest || lexicon.get(word) ? null : romajiToKana(word);
    return kana ? kana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)) : word;
  });
}

function analyzeChunk(typedChunk: string, lexicon: Lexicon, stillTyping: boolean, nextCompound: () => number): QueryUnit[] {
  // Final long vowels of katakana words are left out, as in index terms and keys: 「ユーザ数」
  // and 「ユーザー数」 are one.
  const dropped = finalLongVowelPositions(typedChunk);
  const keep = (_: string, i: number) => !dropped.has(i);
  const chunk = typedChunk.split('').filter(keep).join('');
  const plain = toKatakana(chunk);
  const folded = foldKana(chunk);
  const pieces = segmentByCost(chunk, plain, folded, lexicon);
  const units: QueryUnit[] = [];
  let unknownFrom = -1;
  const flushUnknown = (end: number) => {
    if (unknownFrom < 0) return;
    units.push(...unknownUnits(folded.slice(unknownFrom, end), chunk.slice(unknownFrom, end), lexicon));
    unknownFrom = -1;
  };
  let previousWordEnd = -1;
  for (const { piece, from, to } of pieces) {
    if (piece.kind === 'unknown') {
      if (unknownFrom < 0) unknownFrom = from;
      continue;
    }
    flushUnknown(from);
    if (piece.kind === 'word') {
      const senses = contentSenses(lexicon.get(piece.key) ?? [], lexicon);
      if (senses.length > 0) {
        // Words typed together (「リッチメニュー」 = 「リッチ」「メニュー」) are parts of one compound.
        const previous = units[units.length - 1];
        const compound = previous && previousWordEnd === from ? (previous.compound ?? (previous.compound = nextCompound())) : undefined;
        units.push({ text: folded.slice(from, to), senses, bigrams: [], prefix: false, latin: false, kana: false, compound });
      }
      previousWordEnd = to;
    }
  }
  flushUnknown(folded.length);

  if (stillTyping) completeLastWord(units, pieces, folded, lexicon);
  return units;
}

/** A word's senses that carry content: a word the analysis marked as grammar says nothing. */
function contentSenses(senses: readonly Sense[], lexicon: Lexicon): Sense[] {
  return senses.filter((sense) => sense.phrases.some((phrase) => phrase.some((term) => !lexicon.functionTerms.has(term))));
}

/**
 * Unknown stretches of a query, split where Latin letters meet Japanese. One character alone
 * says too little to count (a stray particle, 「市」 of 「市のLINE」).
 */
function unknownUnits(text: string, original: string, lexicon: Lexicon): QueryUnit[] {
  const out: QueryUnit[] = [];
  // Words: Latin letters; or kanji, katakana and the hiragana after them (a word's kana ending,
  // 「新しく」「作り」), so a word begins where kanji or katakana follow hiragana.
  const push = (typed: string, at: number) => {
    if (typed.length < 2) return;
    const part = text.slice(at, at + typed.length);
    const latin = /^[a-z0-9]+$/.test(part);
    // An adjective (「新しく」) says how, not what: it weighs as an unknown stretch of kana.
    const kana = HIRAGANA.test(typed) && (ADJECTIVE_ENDING.test(typed) || !KANJI.test(typed));
    out.push({
      text: part,
      senses: kanjiRootSenses(typed, lexicon),
      bigrams: isJapanese(part) ? bigrams(part) : [],
      prefix: false,
      latin,
      kana,
      mixed: HIRAGANA.test(typed) && !kana,
    });
  };
  for (const match of original.matchAll(/[a-z0-9]+|[^a-z0-9\p{Script=Hiragana}]*[\p{Script=Hiragana}ー]*/gu)) {
    // A noun and a verb typed without a particle between (「税金払える」): the last kanji with
    // the kana after it is the verb.
    const verb = /^([\p{Script=Han}々]{2,})([\p{Script=Han}][\p{Script=Hiragana}]+)$/u.exec(match[0]);
    if (verb) {
      push(verb[1], match.index);
      push(verb[2], match.index + verb[1].length);
    } else push(match[0], match.index);
  }
  return out;
}

const ADJECTIVE_ENDING = /^\p{Script=Han}(?:し(?:い|く|かっ|さ|け)|く|くて|かった|さ)/u;

/** How much a word of the FAQ counts that only shares the kanji of an unknown verb. */
const KANJI_ROOT_STRENGTH = 0.5;

/**
 * An unknown verb or adjective (one kanji and its kana ending: 「作り」, 「増え」, 「払え」) stands,
 * weakly, for the FAQ's words that begin with the same kanji: a native verb and the Sino-Japanese
 * words written with its kanji mostly share a meaning (作る・作成, 増える・増やす, 送る・送信).
 */
function kanjiRootSenses(typed: string, lexicon: Lexicon): Sense[] {
  // Adjectives (「新しく」, 「早く」) say how, not what: their kanji is not looked for.
  if (ADJECTIVE_ENDING.test(typed)) return [];
  const root = /^([\p{Script=Han}])\p{Script=Hiragana}+$/u.exec(typed)?.[1];
  const terms = root ? lexicon.termsBeginningWith(root) : [];
  return terms.length > 0 ? [{ phrases: terms.map((term) => [term]), strength: KANJI_ROOT_STRENGTH }] : [];
}

/**
 * While the last word is being typed, it also stands for the words it begins: 「キャッシュ」
 * for 「キャッシュレス」, 「あかうん」 for 「アカウント」.
 */
function completeLastWord(units: QueryUnit[], pieces: ReturnType<typeof segmentByCost>, folded: string, lexicon: Lexicon): void {
  const last = pieces[pieces.length - 1];
  if (!last || last.piece.kind === 'function') return;
  // The typed tail: the last word, or the unknown characters at the end.
  let from = last.from;
  if (last.piece.kind === 'unknown') {
    for (let p = pieces.length - 1; p >= 0 && pieces[p].piece.kind === 'unknown'; p--) from = pieces[p].from;
  }
  const tail = folded.slice(from).replace(/ー+$/, '');
  if (tail.length < 2) return;
  const completions = lexicon.keysStartingWith(tail, MAX_COMPLETIONS).filter((key) => key !== tail);
  const unit = units[units.length - 1];
  // An unknown word in letters being typed: typing slips are looked for among words it begins.
  if (completions.length === 0 && unit?.latin && unit.text === tail) unit.prefix = true;
  if (completions.length === 0) return;
  const senses = contentSenses(
    completions.flatMap((key) => lexicon.get(key) ?? []),
    lexicon,
  ).map((sense) => ({ ...sense, strength: sense.strength * PREFIX_STRENGTH }));
  if (senses.length === 0) return;
  if (unit && unit.text.replace(/ー+$/, '') === tail) {
    unit.prefix = true;
    unit.senses = [...unit.senses, ...senses];
  } else {
    units.push({ text: tail, senses, bigrams: [], prefix: true, latin: false, kana: false });
  }
}

/** How much a completion of a word still being typed counts, next to a whole word. */
const PREFIX_STRENGTH = 0.6;
