import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';

/**
 * One query of an evaluation set: the entries a person would accept first (any of them counts
 * as right), or none for a query the FAQ has no answer to.
 */
export interface EvalCase {
  query: string;
  /** The kind of query: keyword, paraphrase, sentence, spoken, noisy, offtopic, … */
  class: string;
  /** Acceptable entry ids, best first; empty for an off-topic query. */
  expected: string[];
}

export interface ClassFigures {
  count: number;
  /** Answerable: right entry first. Off-topic: no answer claimed (nothing, or near matches only). */
  top1: number;
  top3: number;
  mrr: number;
}

export interface Miss extends EvalCase {
  rank: number;
  got: string[];
}

export interface EvalReport {
  total: number;
  answerable: number;
  offTopic: number;
  /** Off-topic queries that got nothing at all. */
  offTopicEmpty: number;
  /** Off-topic queries that claimed no answer: nothing, or near matches only. */
  offTopicNoClaim: number;
  /** Answerable queries that got no result at all. */
  answerableEmpty: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Answerable queries whose right entry came first as an answer, not as a near match. */
  answered: number;
  /**
   * Messages asking two questions or more (class `long2`, every expected entry one of the
   * questions): how many there are, and how many show every one of them in the first three.
   */
  severalQuestions: { count: number; allInTop3: number };
  byClass: Record<string, ClassFigures>;
  misses: Miss[];
}

/** Runs an evaluation set: where the first acceptable entry ranks for each query, and the summary figures. */
export function evaluate(faq: FaqData, cases: readonly EvalCase[], prebuilt?: unknown): EvalReport {
  const index = createSearchIndex(faq, prebuilt);
  const misses: Miss[] = [];
  const byClass: Record<string, ClassFigures> = {};
  const sums = {
    answerable: 0,
    top1: 0,
    top3: 0,
    mrr: 0,
    offTopic: 0,
    offTopicEmpty: 0,
    offTopicNoClaim: 0,
    answerableEmpty: 0,
    answered: 0,
  };
  const severalQuestions = { count: 0, allInTop3: 0 };
  for (const c of cases) {
    const hits = search(index, c.query);
    const got = hits.map((hit) => hit.entry.id);
    const figures = (byClass[c.class] ??= { count: 0, top1: 0, top3: 0, mrr: 0 });
    figures.count++;
    if (c.expected.length === 0) {
      sums.offTopic++;
      if (got.length === 0) sums.offTopicEmpty++;
      if (hits.every((hit) => hit.near)) {
        sums.offTopicNoClaim++;
        figures.top1++;
        figures.top3++;
        figures.mrr++;
      } else misses.push({ ...c, rank: 0, got });
      continue;
    }
    sums.answerable++;
    if (got.length === 0) sums.answerableEmpty++;
    const rank = got.findIndex((id) => c.expected.includes(id)) + 1;
    const reciprocal = rank > 0 ? 1 / rank : 0;
    const inTop = (n: number) => (rank >= 1 && rank <= n ? 1 : 0);
    sums.top1 += inTop(1);
    if (rank === 1 && !hits[0].near) sums.answered++;
    sums.top3 += inTop(3);
    sums.mrr += reciprocal;
    figures.top1 += inTop(1);
    figures.top3 += inTop(3);
    figures.mrr += reciprocal;
    if (rank !== 1) misses.push({ ...c, rank, got });
    if (c.class === 'long2') {
      severalQuestions.count++;
      if (c.expected.every((id) => got.slice(0, 3).includes(id))) severalQuestions.allInTop3++;
    }
  }
  for (const figures of Object.values(byClass)) {
    figures.top1 /= figures.count;
    figures.top3 /= figures.count;
    figures.mrr /= figures.count;
  }
  const per = (n: number) => (sums.answerable ? n / sums.answerable : 0);
  return {
    total: cases.length,
    answerable: sums.answerable,
    offTopic: sums.offTopic,
    offTopicEmpty: sums.offTopicEmpty,
    offTopicNoClaim: sums.offTopicNoClaim,
    answerableEmpty: sums.answerableEmpty,
    top1: per(sums.top1),
    top3: per(sums.top3),
    mrr: per(sums.mrr),
    answered: per(sums.answered),
    severalQuestions,
    byClass,
    misses,
  };
}
