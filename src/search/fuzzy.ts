/**
 * Whether `a` becomes `b` with at most one edit: a letter inserted, deleted, replaced, or two
 * neighbours swapped (「vooom」 → 「voom」, 「govtek」 → 「govtec」).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Latin words this short are left exact: one edit changes too much of them. */
const MIN_FUZZY_LENGTH = 5;

/**
 * Index words within one edit of a Latin word someone typed; while the word is still being
 * typed (`prefix`), also words whose beginning is within one edit of it.
 */
export function fuzzyMatches(word: string, vocabulary: readonly string[], prefix: boolean): string[] {
  if (word.length < MIN_FUZZY_LENGTH || !/^[a-z0-9]+$/.test(word)) return [];
  return vocabulary.filter(
    (candidate) =>
      withinOneEdit(word, candidate) ||
      (prefix &&
        [word.length - 1, word.length, word.length + 1].some((n) => n < candidate.length && withinOneEdit(word, candidate.slice(0, n)))),
  );
}

/** Kana words this short are left exact: one slip in three kana makes another word. */
const MIN_KANA_SLIP_LENGTH = 4;
const KANA_WORD = /^[\u30a1-\u30fa\u30fc]+$/;

/** Katakana without its sound marks: 「ガ」, 「パ」 → 「カ」, 「ハ」 (NFD splits them off). */
const withoutSoundMarks = (text: string) => text.normalize('NFD').replace(/[\u3099\u309a]/g, '');

/**
 * Kana keys one flick-input slip away from an unknown kana word (folded, so in katakana): a
 * sound mark missing or added anywhere (「セクメント」, 「フーム」), and besides one kana
 * inserted, dropped, swapped or mistyped (「メツセージ」, 「アカウソト」). `keys` are the
 * lexicon's katakana keys: words and the readings of the FAQ's words.
 */
export function kanaSlips(word: string, keys: readonly string[]): string[] {
  if (word.length < MIN_KANA_SLIP_LENGTH || !KANA_WORD.test(word)) return [];
  const plain = withoutSoundMarks(word);
  return keys.filter(
    (key) =>
      key !== word &&
      Math.abs(key.length - word.length) <= 1 &&
      key.length >= MIN_KANA_SLIP_LENGTH &&
      withinOneEdit(plain, withoutSoundMarks(key)),
  );
}

/** Whether a key can be reached by a kana slip (see kanaSlips). */
export const isKanaKey = (key: string): boolean => key.length >= MIN_KANA_SLIP_LENGTH && KANA_WORD.test(key);
