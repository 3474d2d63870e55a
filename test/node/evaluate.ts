import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { RELEVANCE_SET, type RelevanceCase } from './relevance-set.js';

export interface Miss extends RelevanceCase {
  rank: number;
  got: string[];
}

/** Runs the relevance set: rank of the expected entry for each query, and the summary figures. */
export function evaluate(faq: FaqData, cases: RelevanceCase[] = RELEVANCE_SET, prebuilt?: unknown) {
  const index = createSearchIndex(faq, prebuilt);
  const misses: Miss[] = [];
  const byKind: Record<string, { count: number; top1: number; top3: number }> = {};
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  let offTopic = 0;
  let offTopicEmpty = 0;
  for (const c of cases) {
    const got = search(index, c.query).map((hit) => hit.entry.id);
    const kind = (byKind[c.kind] ??= { count: 0, top1: 0, top3: 0 });
    kind.count++;
    if (c.expect === null) {
      offTopic++;
      if (got.length === 0) {
        offTopicEmpty++;
        kind.top1++;
        kind.top3++;
      } else misses.push({ ...c, rank: 0, got });
      continue;
    }
    answerable++;
    const rank = got.indexOf(c.expect) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank >= 1) reciprocal += 1 / rank;
    if (rank === 1) kind.top1++;
    if (rank >= 1 && rank <= 3) kind.top3++;
    if (rank !== 1) misses.push({ ...c, rank, got });
  }
  for (const kind of Object.values(byKind)) {
    kind.top1 /= kind.count;
    kind.top3 /= kind.count;
  }
  return {
    total: cases.length,
    answerable,
    offTopic,
    offTopicEmpty,
    top1: top1 / answerable,
    top3: top3 / answerable,
    mrr: reciprocal / answerable,
    byKind,
    misses,
  };
}
