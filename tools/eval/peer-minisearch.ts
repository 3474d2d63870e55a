import MiniSearch from 'minisearch';
import type { FaqData } from '../../src/data/faq-types.js';
import type { EvalCase } from './evaluate.js';

/**
 * The floor to beat: a plain MiniSearch over the same FAQ, words cut by the browser's own
 * `Intl.Segmenter`, prefix and fuzzy search, OR of the words, question boosted. No gate: it shows
 * whatever matches. `uses` gives it the data's keywords and synonyms (a query word stands for its
 * group) and phrasings, as the widget has them.
 */
export interface PeerOptions {
  synonyms?: boolean;
  phrasings?: boolean;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const words = (text: string): string[] =>
  [...segmenter.segment(text.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);

export function peerSearch(faq: FaqData, options: PeerOptions = {}): (query: string) => string[] {
  const engine = new MiniSearch({
    fields: ['question', 'answer', 'keywords', 'phrasings'],
    storeFields: ['id'],
    tokenize: words,
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2, keywords: 1.5 }, combineWith: 'OR' },
  });
  engine.addAll(
    faq.entries.map((entry) => ({
      id: entry.id,
      question: entry.question,
      answer: entry.answer,
      keywords: options.synonyms ? (entry.keywords ?? []).join(' ') : '',
      phrasings: options.phrasings ? (entry.phrasings ?? []).join('\n') : '',
    })),
  );
  const groups = new Map<string, string[]>();
  if (options.synonyms)
    for (const group of faq.synonyms ?? []) for (const word of group) groups.set(word.normalize('NFKC').toLowerCase(), group);
  return (query) => {
    const terms = words(query).flatMap((word) => groups.get(word) ?? [word]);
    return terms.length === 0 ? [] : engine.search(terms.join(' ')).map((result) => String(result.id));
  };
}

/** Top-1, top-3 and off-topic figures of the peer on a set, as evaluate() reads the widget. */
export function evaluatePeer(search: (query: string) => string[], cases: readonly EvalCase[]) {
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let empty = 0;
  let offTopic = 0;
  let offTopicEmpty = 0;
  for (const c of cases) {
    const got = search(c.query);
    if (c.expected.length === 0) {
      offTopic++;
      if (got.length === 0) offTopicEmpty++;
      continue;
    }
    answerable++;
    if (got.length === 0) empty++;
    const rank = got.findIndex((id) => c.expected.includes(id)) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
  }
  return { top1: top1 / answerable, top3: top3 / answerable, empty, offTopic, offTopicEmpty };
}
