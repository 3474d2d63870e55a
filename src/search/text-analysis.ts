import lunr from 'lunr';
import { clean } from './analyze.js';

/**
 * How the text of a FAQ is cut into index terms, chosen by the data's `lang`:
 * - `ja` (and no `lang`): Japanese words (the default analysis of this package);
 * - `en`: words, Lunr's English stop words dropped, Lunr's (Porter) stemmer applied, so that
 *   "taxes" finds "tax" and "collecting" finds "collected";
 * - any other language: overlapping pairs of characters of each word (a word of one or two
 *   characters stands for itself), as Lucene's CJK bigrams: no dictionary, no stemming, but a
 *   word is found inside compounds and most inflections share their pairs.
 */
export type TextAnalysis = 'ja' | 'en' | 'bigram';

/** The analysis for a data `lang` (BCP 47): by its primary language subtag. */
export function analysisFor(lang: string | undefined): TextAnalysis {
  const primary = String(lang ?? '')
    .toLowerCase()
    .split('-')[0];
  return primary === '' || primary === 'ja' ? 'ja' : primary === 'en' ? 'en' : 'bigram';
}

/** Whether a word is one of Lunr's English stop words (「the」, 「how」, 「can」). */
export const isEnglishStopWord = (word: string): boolean => lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;

function englishTerm(word: string): string | undefined {
  const token = new lunr.Token(word, {});
  if (isEnglishStopWord(word)) return undefined;
  return lunr.stemmer(token).toString();
}

function wordBigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 2) return [word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** The index terms of a text for an analysis other than `ja`. */
export function termsOf(analysis: Exclude<TextAnalysis, 'ja'>, text: string): string[] {
  const words = clean(text).split(/\s+/).filter(Boolean);
  if (analysis === 'bigram') return words.flatMap(wordBigrams);
  const terms: string[] = [];
  for (const word of words) {
    const term = englishTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * A query rewritten into the index's terms, separated by spaces, for the Japanese query analysis
 * to read as known words: "How do I pay taxes?" → "pay tax". A query ending in a space or
 * punctuation keeps a final space (the last word is then finished, not being typed).
 */
export function queryTextFor(analysis: Exclude<TextAnalysis, 'ja'>, query: string): string {
  const finished = /[\s\p{P}\p{S}]$/u.test(query);
  const terms = termsOf(analysis, query);
  return terms.join(' ') + (finished && terms.length > 0 ? ' ' : '');
}
