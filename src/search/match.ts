import { lunr } from './lunr-ja.js';
import { toLunrTerm } from './lunr-terms.js';
import { bigramKey } from './analyze.js';
import { holderEntry } from './bigram-index.js';
import { fuzzyMatches, kanaSlips } from './fuzzy.js';
import { MIN_LOANWORD_LENGTH, soundSkeleton } from './loanwords.js';
import { isEnglishStopWord } from './text-analysis.js';
import type { Sense } from './lexicon.js';
import type { QueryUnit } from './query.js';
import { FIELDS, type FaqSearchIndex, type Field } from './search-index.js';

/** How an entry holds one query unit. Shared by the entries that hold it alike: never changed once made. */
export interface Held {
  /** 1 for the word itself; less for a synonym, a completion, a typing slip or bigrams. */
  readonly strength: number;
  /** The index terms (or bigrams) through which it holds the unit, each once: what to mark. */
  readonly forms: readonly string[];
  /** Held only through the entry's phrasings, not its own text. */
  readonly phrasingOnly?: boolean;
  /** Held (also) through the entry's phrasings. */
  readonly inPhrasings?: boolean;
}

/** What the index has of a query: per unit, the entries holding it; per entry, Lunr's score. */
export interface Matches {
  /** `perUnit[u]`: entry position → how it holds unit `u`. */
  perUnit: Array<Map<number, Held>>;
  /** Lunr's BM25 score of each entry for all the query's words, question words weighing most. */
  relevance: Map<number, number>;
}

/** The strength of the best hold any entry has on a unit (0 when none holds it). */
export function bestHold(held: ReadonlyMap<number, Held>): number {
  let best = 0;
  for (const { strength } of held.values()) best = Math.max(best, strength);
  return best;
}

/** How much a word one typing slip away counts (「vooom」 for 「voom」). */
const TYPO_STRENGTH = 0.4;
/**
 * How much a word counts by where an entry holds it. Only the category's label counts less: it
 * is shared by every entry of the category. (An answer word counting 0.85 lowered dev top-1.)
 */
export const FIELD_STRENGTH: Record<Field, number> = { q: 1, k: 1, a: 1, c: 0.7, p: 0.8 };
/** How much an unknown word found through its bigrams (cut differently, misspelt) counts. */
const BIGRAM_STRENGTH = 0.6;
/**
 * Terms held by more than this share of the entries are common (see matchUnits). 0.5 → 0.2 left
 * every evaluation figure as it was and took a fifth off a large FAQ's search time: Lunr scores
 * every entry holding a term it is asked for.
 */
export const COMMON_SHARE = 0.2;
// Share of an unknown word's bigrams an entry must hold for them to stand in for the word.
const BIGRAM_SUPPORT = 2 / 3;

/**
 * Finds, for every unit, the entries that hold it: through one of its senses (every term of one
 * phrase present), through a Latin word one edit away, or through most of its bigrams. Uses
 * Lunr's public query API: one query, a clause per term with its boost.
 */
export function matchUnits(index: FaqSearchIndex, units: readonly QueryUnit[]): Matches {
  const sensesPerUnit = units.map((unit) =>
    unit.senses.length > 0
      ? unit.senses
      : unit.latin
        ? [...typoSenses(index, unit), ...loanwordSenses(index, unit)]
        : kanaSlipSenses(index, unit),
  );
  const boosts = new Map<string, number>();
  for (const senses of sensesPerUnit)
    for (const sense of senses)
      for (const phrase of sense.phrases) for (const term of phrase) boosts.set(term, Math.max(boosts.get(term) ?? 0, sense.strength));

  // Term → the entries holding it, each with the fields it is in (see FIELD_BITS): only the
  // query's terms.
  const holders = new Map<string, FieldsByEntry>();
  const relevance = new Map<number, number>();
  // Terms most entries hold (「LINE」 in this FAQ) tell entries apart by almost nothing, and
  // asking Lunr for them makes it score every entry: they are looked up in the entries' own
  // term lists instead, as Lucene's common-terms query sets them apart.
  const common = [...boosts.keys()].filter((term) => (index.documentFrequency.get(term) ?? 0) > COMMON_SHARE * index.entries.length);
  for (const term of common) boosts.delete(term);
  if (boosts.size > 0) {
    // Lunr's terms back to the query's: a clause with no wildcard, edit distance or pipeline
    // matches its own term only.
    const asked = new Map<string, string>();
    // One clause a term, over every field (fields weigh as the index was built: FIELD_BOOST).
    const results = index.lunr.query((query) => {
      for (const [term, strength] of boosts) {
        const lunrTerm = toLunrTerm(term);
        asked.set(lunrTerm, term);
        query.term(lunrTerm, { boost: strength, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
      }
    });
    for (const result of results) {
      const ref = Number(result.ref);
      relevance.set(ref, result.score);
      const metadata = result.matchData.metadata as Record<string, object>;
      for (const lunrTerm in metadata) {
        const term = asked.get(lunrTerm)!;
        let refs = holders.get(term);
        if (!refs) holders.set(term, (refs = new Map()));
        let fields = 0;
        for (const field in metadata[lunrTerm]) fields |= FIELD_BITS[field as Field] ?? 0;
        refs.set(ref, fields);
      }
    }
  }
  for (const term of common) holders.set(term, commonPostings(index, term));

  const perUnit = units.map((unit, u) => {
    const held = new Map<number, Held>();
    for (const sense of sensesPerUnit[u]) {
      for (const phrase of sense.phrases) {
        const lists = phrase.map((term) => holders.get(term));
        if (lists.some((list) => !list)) continue;
        // Entries holding the phrase alike share one Held (nothing changes it once made): a
        // broad query on a large FAQ is held by thousands of entries, in a few ways.
        const alike: Held[] = [];
        const forms = phrase.length > 1 ? [...new Set(phrase)] : phrase;
        // The entries holding every term of the phrase: those of its rarest term, checked.
        const rarest = lists.reduce((a, b) => (b!.size < a!.size ? b : a))!;
        for (const ref of rarest.keys()) {
          const previous = held.get(ref);
          if (previous && previous.strength >= sense.strength) continue;
          let weakest = Infinity;
          let weakestFields = 0;
          let phrasingOnly = false;
          let inPhrasings = true;
          for (const list of lists) {
            const fields = list!.get(ref);
            if (fields === undefined) {
              weakest = -1;
              break;
            }
            // A phrase counts as much as its most weakly held term.
            if (STRONGEST_FIELD[fields] < weakest) {
              weakest = STRONGEST_FIELD[fields];
              weakestFields = fields;
            }
            if (fields === FIELD_BITS.p) phrasingOnly = true;
            if (!(fields & FIELD_BITS.p)) inPhrasings = false;
          }
          if (weakest < 0) continue;
          const strength = sense.strength * weakest;
          if (previous && strength <= previous.strength) continue;
          const way = (weakestFields << 2) | (phrasingOnly ? 2 : 0) | (inPhrasings ? 1 : 0);
          held.set(ref, (alike[way] ??= { strength, forms, phrasingOnly, inPhrasings }));
        }
      }
    }
    if (held.size === 0 && unit.bigrams.length > 0) holdByBigrams(index, unit, held);
    return held;
  });
  return { perUnit, relevance };
}

/**
 * The fields holding a term, as bits: a query on a large FAQ reads thousands of entries'
 * fields, and a number is read (and made) faster than a list of names.
 */
const FIELD_BITS = Object.fromEntries(FIELDS.map((field, i) => [field, 1 << i])) as Record<Field, number>;

/** How much a term counts by the strongest of the fields that hold it, for every set of field bits. */
const STRONGEST_FIELD = Array.from({ length: 1 << FIELDS.length }, (_, bits) =>
  FIELDS.reduce((strongest, field) => (bits & FIELD_BITS[field] ? Math.max(strongest, FIELD_STRENGTH[field]) : strongest), 0),
);

/** Per entry position, the fields holding a term (see FIELD_BITS). */
type FieldsByEntry = Map<number, number>;

/** The entries holding a term (by position), and the fields they hold it in (see FIELD_BITS). */
export type CommonPostings = FieldsByEntry;

/** The entries holding a common term and the fields they hold it in: found once per index, kept with it. */
function commonPostings(index: FaqSearchIndex, term: string): CommonPostings {
  const byTerm = index.derived.common;
  let postings = byTerm.get(term);
  if (!postings) {
    postings = new Map();
    index.terms.forEach((fields, ref) => {
      let holding = 0;
      for (const field of FIELDS) if (fields[field].includes(term)) holding |= FIELD_BITS[field];
      if (holding) postings!.set(ref, holding);
    });
    byTerm.set(term, postings);
  }
  return postings;
}

/** Index words one edit away from an unknown Latin word, as weak senses. */
function typoSenses(index: FaqSearchIndex, unit: QueryUnit): Sense[] {
  const near = fuzzyMatches(unit.text, index.latinTerms, unit.prefix);
  return near.length > 0 ? [{ phrases: near.map((term) => [term]), strength: TYPO_STRENGTH }] : [];
}

/** How much a loanword of the FAQ counts for the English word it sounds like (「account」: アカウント). */
const LOANWORD_STRENGTH = 0.5;

/** The FAQ's katakana words that an English word sounds like, weakly (Japanese data only). */
function loanwordSenses(index: FaqSearchIndex, unit: QueryUnit): Sense[] {
  if (index.queryText || unit.text.length < MIN_LOANWORD_LENGTH || !/^[a-z]+$/.test(unit.text) || isEnglishStopWord(unit.text)) return [];
  const terms = index.lexicon.termsSounding(soundSkeleton(unit.text, true));
  return terms.length > 0 ? [{ phrases: terms.map((term) => [term]), strength: LOANWORD_STRENGTH }] : [];
}

/** How much a kana word one flick-input slip away counts (「セクメント」 for 「セグメント」). */
const KANA_SLIP_STRENGTH = 0.5;

/** What the lexicon's kana words one slip away from an unknown kana word stand for, weakly. */
function kanaSlipSenses(index: FaqSearchIndex, unit: QueryUnit): Sense[] {
  return kanaSlips(unit.text, index.lexicon.kanaKeys()).flatMap((key) =>
    (index.lexicon.get(key) ?? []).map((sense) => ({ phrases: sense.phrases, strength: sense.strength * KANA_SLIP_STRENGTH })),
  );
}

/** Entries holding most of an unknown word's bigrams (found cut differently, or misspelt). */
function holdByBigrams(index: FaqSearchIndex, unit: QueryUnit, held: Map<number, Held>): void {
  const distinct = [...new Set(unit.bigrams)];
  const needed = Math.max(1, Math.ceil(distinct.length * BIGRAM_SUPPORT));
  const found = new Map<number, string[]>();
  for (const bigram of distinct) {
    for (const holder of index.bigrams.get(bigramKey(bigram)) ?? []) {
      const ref = holderEntry(holder);
      const list = found.get(ref);
      // Once per entry, whichever fields hold the bigram.
      if (!list) found.set(ref, [bigram]);
      else if (list[list.length - 1] !== bigram) list.push(bigram);
    }
  }
  for (const [ref, bigrams] of found) if (bigrams.length >= needed) held.set(ref, { strength: BIGRAM_STRENGTH, forms: bigrams });
}
