import { isKanaKey } from './fuzzy.js';
import { katakanaSkeleton } from './loanwords.js';
import { dropFinalLongVowels } from './normalize.js';

/**
 * What a word typed in a query can stand for in the index. Every index term stands for itself;
 * a prebuilt index adds what the build-time analysis knows (readings, so 「じちたい」 finds
 * 「自治体」; the stems of verbs, so 「増やしたい」 finds 「増やす」; synonyms from a thesaurus
 * and from the data), each pointing at phrases of index terms.
 */

/** One reading of a key: any of `phrases` (all of whose terms an entry must hold), at a strength. */
export interface Sense {
  /** Alternatives; each is a list of index terms, all required. */
  phrases: string[][];
  /** 1 for the word itself, its reading or stem; less for a synonym. */
  strength: number;
}

/**
 * A record of a prebuilt lexicon: the phrases (separated by `|`, terms within a phrase by a
 * space) followed by the keys (normalized query text) that stand for them.
 */
export type LexiconRecord = [phrases: string, ...keys: string[]];

const KANJI = /[\p{Script=Han}々]/u;
const KATAKANA_TERM = /^[\u30a1-\u30fa\u30fc]{3,}$/;

/** How much a synonym from a thesaurus counts, next to the word itself. */
export const THESAURUS_STRENGTH = 0.8;

/** How much a homophone (a word read as the FAQ's word is, as an IME mistakes it) counts. */
export const HOMOPHONE_STRENGTH = 0.6;

export class Lexicon {
  private readonly senses = new Map<string, Sense[]>();
  private sortedKeys: string[] | undefined;
  /** Length of the longest key. */
  maxKeyLength = 0;

  /** Index terms that carry grammar rather than content (from the build-time analysis). */
  readonly functionTerms = new Set<string>();

  /**
   * Index terms that are forms of verbs and adjectives (「増やし」, 「使え」): they say less about
   * what a question is about than nouns do.
   */
  readonly predicateTerms = new Set<string>();

  private readonly termsByKanji = new Map<string, string[]>();

  private readonly terms = new Set<string>();

  /** Whether a key is an index term itself. */
  isTerm(key: string): boolean {
    return this.terms.has(key);
  }

  /** An index term: a key for itself. */
  addTerm(term: string): void {
    this.terms.add(term);
    this.sounds = undefined;
    this.add(term, { phrases: [[term]], strength: 1 });
    const first = term[0];
    if (first && KANJI.test(first) && term.length > 1) {
      const list = this.termsByKanji.get(first);
      if (list) list.push(term);
      else this.termsByKanji.set(first, [term]);
    }
  }

  /** Index terms of two or more characters that begin with a kanji (「作」 → 「作成」「作業」). */
  termsBeginningWith(kanji: string): readonly string[] {
    return this.termsByKanji.get(kanji) ?? [];
  }

  /**
   * Adds a key (normalized query text) standing for a sense. A katakana word's final long vowel
   * is left out of keys, as it is of the query text they are matched against.
   */
  add(typedKey: string, sense: Sense): void {
    const key = dropFinalLongVowels(typedKey);
    if (!key) return;
    const list = this.senses.get(key);
    if (list) list.push(sense);
    else this.senses.set(key, [sense]);
    this.sortedKeys = undefined;
    this.kana = undefined;
    if (key.length > this.maxKeyLength) this.maxKeyLength = key.length;
  }

  /** Adds prebuilt records at a strength. Malformed records are skipped. Returns the senses added. */
  addRecords(records: unknown, strength: number): Sense[] {
    const added: Sense[] = [];
    if (!Array.isArray(records)) return added;
    for (const record of records) {
      if (!Array.isArray(record) || record.length < 2 || !record.every((part) => typeof part === 'string')) continue;
      const [phrases, ...keys] = record as LexiconRecord;
      const sense: Sense = { phrases: parsePhrases(phrases), strength };
      if (sense.phrases.length === 0) continue;
      for (const key of keys) this.add(key, sense);
      added.push(sense);
    }
    return added;
  }

  get(key: string): Sense[] | undefined {
    return this.senses.get(dropFinalLongVowels(key));
  }

  private sounds: Map<string, string[]> | undefined;
  /** Katakana index terms that sound as `skeleton` does (see soundSkeleton): 「アカウント」 for 「account」. */
  termsSounding(skeleton: string): readonly string[] {
    if (!this.sounds) {
      this.sounds = new Map();
      for (const term of this.terms) {
        const sound = KATAKANA_TERM.test(term) ? katakanaSkeleton(term) : '';
        if (sound) this.sounds.set(sound, [...(this.sounds.get(sound) ?? []), term]);
      }
    }
    return this.sounds.get(skeleton) ?? [];
  }

  private kana: string[] | undefined;
  /** Keys in kana long enough to be found through a typing slip (see kanaSlips). */
  kanaKeys(): readonly string[] {
    return (this.kana ??= [...this.senses.keys()].filter(isKanaKey));
  }

  /** Keys that begin with `prefix` (for a word still being typed), at most `limit`. */
  keysStartingWith(prefix: string, limit = 50): string[] {
    const keys = (this.sortedKeys ??= [...this.senses.keys()].sort());
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (keys[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < keys.length && keys[i].startsWith(prefix) && out.length < limit; i++) out.push(keys[i]);
    return out;
  }
}

/** `a b|c` → [['a', 'b'], ['c']] */
export function parsePhrases(text: string): string[][] {
  return text
    .split('|')
    .map((phrase) => phrase.split(' ').filter(Boolean))
    .filter((phrase) => phrase.length > 0);
}

/** [['a', 'b'], ['c']] → `a b|c` */
export const formatPhrases = (phrases: readonly (readonly string[])[]): string => phrases.map((p) => p.join(' ')).join('|');
