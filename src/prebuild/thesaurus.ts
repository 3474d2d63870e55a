import { createRequire } from 'node:module';
import { keyOf } from '../search/synonyms.js';

/** A word of a thesaurus group, as the lexicon needs it. */
export interface ThesaurusWord {
  word: string;
  /** Sudachi's expansion control: 0 expands freely; 1 is ambiguous (expanded to, never from); 2 never used. */
  expandControl: number;
}

/** Synonym groups by the key of each of their words. */
export type Thesaurus = Map<string, ThesaurusWord[][]>;

interface SudachiGroup {
  items: Array<{ midashi: string; expandControl: number }>;
}

let loading: Promise<Thesaurus | null> | undefined;

/**
 * Sudachi's synonym dictionary (npm `sudachi-synonyms-dictionary`, Apache-2.0, 26,152 groups),
 * indexed by the normalized key of each word. Null when the package is not installed: the index
 * is then built without it.
 */
export function loadThesaurus(): Promise<Thesaurus | null> {
  return (loading ??= (async () => {
    let groups: SudachiGroup[];
    try {
      const { fetchDictionary } = createRequire(import.meta.url)('sudachi-synonyms-dictionary') as {
        fetchDictionary(): Promise<SudachiGroup[]>;
      };
      groups = await fetchDictionary();
    } catch {
      return null;
    }
    const byKey: Thesaurus = new Map();
    for (const group of groups) {
      const words = group.items
        .filter((item) => item.expandControl !== 2)
        .map((item) => ({ word: item.midashi, expandControl: item.expandControl }));
      for (const { word } of words) {
        const key = keyOf(word);
        const list = byKey.get(key);
        if (list) list.push(words);
        else byKey.set(key, [words]);
      }
    }
    return byKey;
  })());
}
