import { kanaToRomaji } from './romaji.js';

/**
 * English words meet the FAQ's loanwords by their consonants: 「account」 and 「アカウント」
 * (akaunto) are both a vowel, then k-n-t. Sounds that English and katakana write apart are
 * merged (l/r, v/b, j/g, sh/s, z/s), English spellings read as they sound (c as k or s, ph, ck,
 * x, -tion, a silent r after a vowel as in 「partner」 パートナー), vowels, y and w dropped.
 */
export function soundSkeleton(latin: string, english: boolean): string {
  let word = latin.toLowerCase();
  if (english)
    word = word
      .replace(/[ts]ion/g, 'shon')
      .replace(/ph/g, 'f')
      .replace(/ck/g, 'k')
      .replace(/qu/g, 'kw')
      .replace(/x/g, 'ks')
      .replace(/th/g, 's')
      .replace(/d?ge$/, 'j')
      .replace(/t?ch/g, 'q')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/r(?![aeiouy])/g, '')
      .replace(/m(?=[bp])/g, 'n');
  // q stands for the sound of 「ch」 (チ), which English also spells with c.
  else word = word.replace(/ch/g, 'q');
  const merged = word
    .replace(/sh/g, 's')
    .replace(/ts/g, 't')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/j/g, 'g')
    .replace(/z/g, 's')
    .replace(/(?<=[^aeiou])h/g, '');
  const start = /^[aeiou]/.test(merged) ? '_' : '';
  return start + merged.replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

/** English words shorter than this are not read as loanwords (「a」, 「in」, 「the」). */
export const MIN_LOANWORD_LENGTH = 4;

/** The skeleton of a katakana word (see soundSkeleton), or '' when too short to tell apart. */
export function katakanaSkeleton(katakana: string): string {
  const skeleton = soundSkeleton(kanaToRomaji(katakana), false);
  return skeleton.replace('_', '').length >= 2 ? skeleton : '';
}
