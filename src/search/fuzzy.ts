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
export const MIN_FUZZY_LENGTH = 5;

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
