import { clean } from './analyze.js';
import { formatPhrases, type LexiconRecord } from './lexicon.js';
import { dropFinalLongVowels, foldKana } from './normalize.js';
import { memoize } from './memoize.js';
import { finish, type Steps } from './steps.js';

/** A word or phrase as a lexicon key: normalized and folded as a query is, spaces removed. */
export function keyOf(text: string): string {
  return foldKana(dropFinalLongVowels(clean(text).replace(/\s+/g, '')));
}

/**
 * A word without its kana ending when it is a verb or a noun made from one (「申し込み」 →
 * 「申し込」), so that other forms (「申し込めば」) find it too; otherwise the word itself.
 */
function stemOf(member: string): string {
  return /[\p{Script=Han}々][\p{Script=Hiragana}]$/u.test(member) ? member.slice(0, -1) : member;
}

/**
 * The data's synonym groups as lexicon records: each member typed in a query stands for every
 * member the FAQ's text has (cut into index terms by `cut`). Groups none of whose members the
 * FAQ has are left out. Queries are expanded rather than documents, so a resident's 「お年寄り」
 * finds the entry that says 「高齢者」 and is marked there.
 */
export function synonymRecords(
  groups: readonly (readonly string[])[] | undefined,
  cut: (text: string) => string[],
  vocabulary: ReadonlySet<string>,
): LexiconRecord[] {
  return finish(synonymRecordSteps(groups, cut, vocabulary));
}

/**
 * `synonymRecords` in steps, a group at a time: cutting the bundled FAQ's synonyms made one task
 * of 79-94 ms in a fresh browser, just after search was ready.
 */
export function* synonymRecordSteps(
  groups: readonly (readonly string[])[] | undefined,
  cut: (text: string) => string[],
  vocabulary: ReadonlySet<string>,
): Steps<LexiconRecord[]> {
  if (!Array.isArray(groups)) return [];
  // Each word is keyed several times (a quarter of the bundled FAQ's build when it was not).
  const key = memoize(keyOf);
  const records: LexiconRecord[] = [];
  for (const group of mergeGroups(groups, key)) {
    const cuts = group.map(cut);
    const first = cuts[0];
    // What the group stands for: the members the FAQ has (every term of theirs in the index),
    // except one that is only part of the group's first word (「LINE@」 reads as 「LINE」 beside
    // 「LINE公式アカウント」), which would make the group stand for every entry with that part.
    // Every member is a key, including words the FAQ never uses (「スマホ」).
    const present = cuts.filter(
      (terms, i) =>
        terms.length > 0 &&
        terms.every((term) => vocabulary.has(term)) &&
        (i === 0 || !(terms.length < first.length && terms.every((t) => first.includes(t)))),
    );
    if (present.length > 0) {
      const keys = [
        ...new Set(group.flatMap((word) => [key(word), key(stemOf(word))]).filter((k) => k.length >= 2 || /^[\p{Script=Han}]$/u.test(k))),
      ];
      records.push([formatPhrases(present), ...keys]);
    }
    yield;
  }
  return records;
}

/**
 * Groups that share a word are one group: each group's words are taken as one, so 「作る」 in
 * 「作成・作る」 stands for 「開設」 too when another group says 「開設・作成」. The first word of the
 * first group stays first.
 */
function mergeGroups(groups: readonly (readonly string[])[], keyOf: (word: string) => string): string[][] {
  const merged: Array<{ words: string[]; keys: Set<string> } | undefined> = [];
  const byKey = new Map<string, number>();
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const words = group.filter((member): member is string => typeof member === 'string' && member.trim() !== '');
    if (words.length === 0) continue;
    const keys = words.map(keyOf);
    const joined = [...new Set(keys.map((key) => byKey.get(key)).filter((at): at is number => at !== undefined))].sort((a, b) => a - b);
    const into = joined[0] ?? merged.length;
    const target = merged[into] ?? { words: [], keys: new Set<string>() };
    merged[into] = target;
    for (const other of joined.slice(1)) {
      for (const word of merged[other]!.words) add(target, word, into);
      merged[other] = undefined;
    }
    words.forEach((word) => add(target, word, into));
  }
  function add(target: { words: string[]; keys: Set<string> }, word: string, at: number) {
    const key = keyOf(word);
    byKey.set(key, at);
    if (target.keys.has(key)) return;
    target.keys.add(key);
    target.words.push(word);
  }
  return merged.filter((group): group is { words: string[]; keys: Set<string> } => group !== undefined).map((group) => group.words);
}
