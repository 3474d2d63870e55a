import type { Lexicon } from './lexicon.js';
import { bestHold, type Matches } from './match.js';
import type { QueryUnit } from './query.js';
import type { FaqSearchIndex } from './search-index.js';

/** One entry's standing for a query. */
export interface Scored {
  ref: number;
  /** Share of the query's informative weight the entry holds, 0–1. */
  coverage: number;
  /** Share of the informative weight of the entry's question that the query holds, 0–1. */
  questionCoverage: number;
  /**
   * The part of the query the entry holds in its own text or in its phrasings, whichever more:
   * an answer is claimed on one of them, not on words found partly in each.
   */
  claim: number;
  /**
   * How well the query and the entry meet, 0–1: coverage, or the harmonic mean of both
   * coverages when higher. What the gate reads.
   */
  match: number;
  /** What orders results: the match, then question coverage and Lunr's relevance. */
  score: number;
}

/** The numbers that weigh evidence and draw the line between answers, near matches and nothing. */
export interface ScoringParameters {
  /** Verbs and adjectives say less about a topic than nouns. */
  predicateWeight: number;
  /** One kanji alone (「数」, 「用」) says less still. */
  singleKanjiWeight: number;
  /** A word the FAQ does not have, next to the rarest word it has (a noun: kanji, katakana, letters). */
  unknownWeight: number;
  /** An unknown word typed partly in hiragana: maybe a verb phrased otherwise (「作り」). */
  unknownMixedWeight: number;
  /** An unknown stretch of hiragana alone: as likely grammar the function-word list lacks. */
  unknownKanaWeight: number;
  /** Among entries that match alike, the one whose question is most about the query comes first. */
  questionWeight: number;
  /**
   * Lunr's relevance (BM25: how often, in how short a text) orders entries of nearly equal match.
   * Common words are not in it (see COMMON_SHARE): 0.1 → 0.3 raised top-1 on dev from 86.0 to
   * 88.4 % and on fresh from 66.7 to 67.6 %, leaving off-topic figures as they were.
   */
  relevanceWeight: number;
  /** Words held as typed rank above words held through a synonym, a slip or bigrams. */
  strengthWeight: number;
  /** An entry whose phrasings hold the query ranks above one holding it partly in its text. */
  phrasingWeight: number;
  /** Coverage at which the best entry answers the query; below it, results are near matches. */
  confident: number;
  /** Match below which nothing is shown. */
  near: number;
  /** Entries below this share of the best entry's match are noise next to it. */
  keepBelowBest: number;
  /** Nearest entries (no entry passed the gate) below this share of the best one's score are left out. */
  nearestBelowBest: number;
}

export const SCORING: Readonly<ScoringParameters> = {
  predicateWeight: 0.5,
  singleKanjiWeight: 0.5,
  unknownWeight: 1,
  unknownMixedWeight: 1,
  unknownKanaWeight: 0.3,
  questionWeight: 0.25,
  relevanceWeight: 0.3,
  strengthWeight: 0.1,
  phrasingWeight: 0.1,
  confident: 0.65,
  near: 0.45,
  keepBelowBest: 0.7,
  nearestBelowBest: 0.5,
};

/** The content words of a question, with how much each weighs (idf). */
export interface QuestionProfile {
  weights: Map<string, number>;
  total: number;
}

/** BM25's inverse document frequency. */
const idfOf = (holders: number, total: number) => Math.log(1 + (total - holders + 0.5) / (holders + 0.5));

/** Whether every term a unit stands for is a form of a verb or adjective. */
function isPredicate(unit: QueryUnit, lexicon: Lexicon): boolean {
  const terms = unit.senses.flatMap((sense) => sense.phrases.flat());
  return terms.length > 0 && terms.every((term) => lexicon.predicateTerms.has(term));
}

/** Each entry's question as weighted content words; made once per index, kept with it. */
export function questionProfiles(index: FaqSearchIndex): QuestionProfile[] {
  let list = index.derived.profiles;
  if (!list) {
    const total = index.entries.length;
    list = index.terms.map((fields) => {
      const weights = new Map<string, number>();
      for (const term of fields?.q ?? []) {
        if (!index.lexicon.functionTerms.has(term)) weights.set(term, idfOf(index.documentFrequency.get(term) ?? 1, total));
      }
      return { weights, total: [...weights.values()].reduce((sum, w) => sum + w, 0) };
    });
    index.derived.profiles = list;
  }
  return list;
}

/**
 * The informative weight of each unit: how rare it is among the entries (idf), so that
 * 「メリット」 says more than 「LINE」, less for verbs and single kanji. A unit no entry holds
 * weighs as an unknown word: it makes every result less certain instead of emptying or
 * flooding the results.
 */
export function unitWeights(
  units: readonly QueryUnit[],
  matches: Matches,
  total: number,
  lexicon: Lexicon,
  params: ScoringParameters = SCORING,
): number[] {
  const weights = units.map((unit, u) => {
    const holders = matches.perUnit[u].size;
    if (holders > 0) {
      // A unit held only weakly (through a synonym, a shared kanji, a completion, bigrams) may
      // mean something else: it weighs as much as the best hold on it is trusted.
      const trust = bestHold(matches.perUnit[u]);
      const share = unit.text.length === 1 ? params.singleKanjiWeight : isPredicate(unit, lexicon) ? params.predicateWeight : 1;
      return idfOf(holders, total) * Math.min(1, trust) * share;
    }
    const share = unit.kana ? params.unknownKanaWeight : unit.mixed ? params.unknownMixedWeight : params.unknownWeight;
    return idfOf(0, total) * share;
  });
  // The parts of a compound typed as one (「リッチ」「メニュー」) name one thing: together they
  // weigh what the compound weighs (the idf of the entries holding every part), shared among
  // the parts by their own weights, rather than the sum of their weights.
  const compounds = new Map<number, number[]>();
  units.forEach((unit, u) => unit.compound !== undefined && compounds.set(unit.compound, [...(compounds.get(unit.compound) ?? []), u]));
  for (const parts of compounds.values()) {
    const [first, ...rest] = parts.map((u) => new Set(matches.perUnit[u].keys()));
    const together = [...first].filter((ref) => rest.every((set) => set.has(ref))).length;
    const sum = parts.reduce((total, u) => total + weights[u], 0);
    if (together === 0 || sum === 0) continue;
    const whole = Math.min(
      sum,
      idfOf(together, total) * Math.max(...parts.map((u) => weights[u] / idfOf(matches.perUnit[u].size || 0, total))),
    );
    for (const u of parts) weights[u] *= whole / sum;
  }
  return weights;
}

/**
 * Scores every entry that holds part of the query. Coverage is the share of the query's
 * informative weight the entry holds, each unit at the strength it is held; question coverage
 * the share of the entry's question the query holds. Together they reward the entry that is
 * about what was asked and nothing else: 「リッチメニュー」 finds 「リッチメニューとは何ですか」
 * before 「変動リッチメニューとは何ですか」, and a long spoken question still finds the short FAQ
 * question it contains.
 */
export function scoreEntries(
  matches: Matches,
  weights: readonly number[],
  questions: readonly QuestionProfile[],
  params: ScoringParameters = SCORING,
  floor = params.near / 2,
): Scored[] {
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  if (totalWeight <= 0) return [];
  // A unit counts in full for the entries that hold it best: a word found only through a typing
  // slip (「vooom」) or a synonym weighs less in the query, but the entry holding it answers.
  const best = matches.perUnit.map((held) => bestHold(held) || 1);
  // Per entry holding part of the query: its coverage, strength and the forms it holds them by.
  // By entry position (an array: a Map's inserts took half the time for thousands of entries),
  // in the order first met.
  const standing: Standing[] = [];
  const met: number[] = [];
  // Units from the heaviest: an entry first met at a unit where the units left could not bring
  // its coverage to half the gate's line is never shown (see below), so it is not counted at
  // all. On a large FAQ, most entries hold only a common word or two.
  const order = weights.map((_, u) => u).sort((a, b) => weights[b] - weights[a]);
  let rest = 1;
  for (const u of order) {
    const held = matches.perUnit[u];
    const newcomers = rest >= floor - 1e-9;
    rest -= weights[u] / totalWeight;
    for (const [ref, match] of held) {
      let entry = standing[ref];
      if (!entry) {
        if (!newcomers) continue;
        // Its first unit's forms, shared (never changed) until another unit adds to them: most
        // entries a broad query meets hold one unit.
        standing[ref] = entry = { covered: 0, inText: 0, inPhrasings: 0, strength: 0, forms: match.forms };
        met.push(ref);
      } else {
        const added = match.forms.filter((form) => !entry!.forms.includes(form));
        if (added.length > 0) entry.forms = [...entry.forms, ...added];
      }
      const share = (weights[u] * match.strength) / best[u] / totalWeight;
      entry.covered += share;
      if (!match.phrasingOnly) entry.inText += share;
      if (match.inPhrasings) entry.inPhrasings += share;
      entry.strength += (weights[u] * match.strength) / totalWeight;
    }
  }
  let maxRelevance = 0;
  for (const value of matches.relevance.values()) maxRelevance = Math.max(maxRelevance, value);
  maxRelevance ||= 1;
  const scored: Scored[] = [];
  for (const ref of met) {
    const { covered, inText, inPhrasings, strength, forms } = standing[ref];
    // The match is at most twice the coverage (the harmonic mean of coverage and a question
    // coverage of at most 1): entries below half the gate's line can never be shown, and a
    // broad query on a large FAQ holds thousands of them.
    if (covered < floor || covered <= 0) continue;
    const profile = questions[ref];
    let inQuestion = 0;
    for (const form of forms) inQuestion += profile?.weights.get(form) ?? 0;
    const questionCoverage = profile && profile.total > 0 ? Math.min(1, inQuestion / profile.total) : 0;
    // The harmonic mean rewards an entry only for meeting both sides, so that a short question
    // any query covers (「LINE相談とは何ですか」) does not win on that alone; coverage alone
    // stands for entries that hold the query in their answers.
    const harmonic = covered + questionCoverage > 0 ? (2 * covered * questionCoverage) / (covered + questionCoverage) : 0;
    const match = Math.max(covered, harmonic);
    const relevance = (matches.relevance.get(ref) ?? 0) / maxRelevance;
    const score =
      match +
      params.questionWeight * questionCoverage +
      params.relevanceWeight * relevance +
      params.strengthWeight * strength +
      params.phrasingWeight * inPhrasings;
    scored.push({ ref, coverage: covered, questionCoverage, claim: Math.max(inText, inPhrasings), match, score });
  }
  return scored;
}

/** An entry's standing while units are counted (see scoreEntries). */
interface Standing {
  covered: number;
  inText: number;
  inPhrasings: number;
  strength: number;
  /** The forms through which it holds the units counted so far, each once. */
  forms: readonly string[];
}

/** A result set after the precision gate: entries shown as answers, or as near matches only. */
export interface Gated {
  kept: Scored[];
  /** The best entry holds only part of what the query asks: results are near matches. */
  near: boolean;
  /** Near matches shown after the answers (see withNearest). */
  also?: Scored[];
}

/**
 * Decides what to show from how well the best entry meets the query: answers when it holds
 * most of the query's informative weight, near matches (shown under their own heading) when it
 * holds a good part, nothing when it holds little, as for a question about another app or
 * service that shares a word or two with the FAQ.
 */
export function precisionGate(scored: readonly Scored[], params: ScoringParameters = SCORING): Gated {
  let best = 0;
  for (const s of scored) best = Math.max(best, s.match);
  if (best < params.near) return { kept: [], near: false };
  const floor = Math.max(params.near, best * params.keepBelowBest);
  const kept = scored.filter((s) => s.match >= floor - 1e-9).sort((x, y) => y.score - x.score || x.ref - y.ref);
  // Answers hold most of the query; entries found mostly because their question is short are near matches.
  return { kept, near: !kept.some((s) => s.claim >= params.confident) };
}

/** How many near matches a query that passes no gate shows (see nearestEntries). */
const NEAREST_LIMIT = 5;

/**
 * The entries closest to a query that no entry answers: a resident who typed a real question in
 * words the FAQ lacks sees where the answer most likely is, under the near-match heading, rather
 * than an empty page. `scored` is scored without the gate's floor (every entry holding any unit).
 * Ranked by score, as answers are; at most NEAREST_LIMIT, and none far below the best.
 */
export function nearestEntries(scored: readonly Scored[], params: ScoringParameters = SCORING): Gated {
  const ranked = [...scored].sort((x, y) => y.score - x.score || x.ref - y.ref);
  const best = ranked[0]?.score ?? 0;
  const kept = ranked.filter((s) => s.score >= best * params.nearestBelowBest - 1e-9).slice(0, NEAREST_LIMIT);
  return { kept, near: true };
}

/** Fewer answers than this are followed by near matches (see withNearest). */
export const FEW_RESULTS = 3;

/**
 * A query answered by one or two entries also shows the closest of the others, as near matches
 * after them: the answer claimed may be the wrong one (a word read as another), and the right
 * one is then one glance away instead of hidden. `scored` is every entry holding any unit.
 */
export function withNearest(gated: Gated, scored: readonly Scored[], params: ScoringParameters = SCORING): Gated {
  const kept = new Set(gated.kept.map((s) => s.ref));
  const rest = nearestEntries(
    scored.filter((s) => !kept.has(s.ref)),
    params,
  ).kept.slice(0, FEW_RESULTS - gated.kept.length);
  return rest.length > 0 ? { ...gated, also: rest } : gated;
}
