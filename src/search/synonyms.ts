import { clean } from './analyze.js';
import { formatPhrases, type LexiconRecord } from './lexicon.js';
import { foldKana } from './normalize.js';

/** A word or phrase as a lexicon key: normalized and folded as a query is, spaces removed. */
export const keyOf = (text: string): string => foldKana(clean(text).replace(/\s+/g, ''));

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
  if (!Array.isArray(groups)) return [];
  const records: LexiconRecord[] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const members = group.filter((member): member is string => typeof member === 'string' && member.trim() !== '');
    const present = members.map(cut).filter((terms) => terms.length > 0 && terms.every((term) => vocabulary.has(term)));
    if (present.length === 0) continue;
    const keys = [...new Set(members.flatMap((member) => [keyOf(member), keyOf(stemOf(member))]).filter((key) => key.length >= 2))];
    records.push([formatPhrases(present), ...keys]);
  }
  return records;
}
