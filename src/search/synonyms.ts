import { normalize } from './normalize.js';

/** Words of an entry's text that a synonym group adds to it: `present` is in the text, `added` is not. */
export interface SynonymExpansion {
  present: string;
  added: string;
}

const compact = (text: string) => normalize(text).replace(/\s+/g, '');

/**
 * The synonym groups that apply to a text, turned into what to add to its index entry: for
 * each group with a member in the text, the other members. Documents are expanded rather than
 * queries, so a resident's 「お年寄り」 finds the entry that says 「高齢者」 without the query
 * growing (and without matching entries that say neither).
 */
export function expandSynonyms(text: string, groups: readonly (readonly string[])[] | undefined): SynonymExpansion[] {
  if (!groups || groups.length === 0) return [];
  const haystack = compact(text);
  const out: SynonymExpansion[] = [];
  for (const group of compactGroups(groups)) {
    const present = group.find(([, needle]) => needle.length > 0 && haystack.includes(needle));
    if (!present) continue;
    for (const [member, needle] of group) {
      if (member !== present[0] && !haystack.includes(needle)) out.push({ present: present[0], added: member });
    }
  }
  return out;
}

// The groups of one FAQ are matched against every entry: normalize their words once.
const compacted = new WeakMap<object, Array<Array<[string, string]>>>();
function compactGroups(groups: readonly (readonly string[])[]): Array<Array<[string, string]>> {
  let result = compacted.get(groups);
  if (!result) {
    result = groups.filter(Array.isArray).map((group) => group.filter((m) => typeof m === 'string').map((member): [string, string] => [member, compact(member)]));
    compacted.set(groups, result);
  }
  return result;
}
