import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { analyzeQuery } from '../../src/search/query.js';
import { bestHold, matchUnits } from '../../src/search/match.js';
import { createSearchIndex, type FaqSearchIndex } from '../../src/search/search-index.js';
import { index } from './prebuilt.js';

const matchesOf = (query: string, on: FaqSearchIndex = index) => matchUnits(on, analyzeQuery(query, on.lexicon));

test('question words weigh more than answer words in Lunr’s relevance', () => {
  // Two entries with the same words, 「ブロック」 in the question of one and in the answer of the other.
  const faq: FaqData = {
    lang: 'ja',
    categories: [{ id: 'c', label: '分類' }],
    entries: [
      { id: 'in-answer', category: 'c', question: '友だちの数', answer: 'ブロックの数' },
      { id: 'in-question', category: 'c', question: 'ブロックの数', answer: '友だちの数' },
      { id: 'other', category: 'c', question: 'スタンプの作り方', answer: '申請してください' },
      { id: 'another', category: 'c', question: '回覧板の配信', answer: '町内会の方へ' },
      // Enough other entries that 「ブロック」 is no common word (see COMMON_SHARE), which Lunr is not asked for.
      ...['防災', '子育て', '税金', '図書館', '公園', '選挙'].map((topic, i) => ({
        id: `filler-${i}`,
        category: 'c',
        question: `${topic}のお知らせ`,
        answer: `${topic}について`,
      })),
    ],
  };
  const { relevance } = matchesOf('ブロック', createSearchIndex(faq));
  assert.ok(relevance.get(1)! > relevance.get(0)!, `${relevance.get(1)} > ${relevance.get(0)}`);
});

test('a word most entries hold is found from the entries’ own terms, without asking Lunr to score them all', () => {
  const { perUnit, relevance } = matchesOf('LINE ');
  assert.ok(perUnit[0].size > index.entries.length / 2, `${perUnit[0].size} entries hold LINE`);
  assert.equal(relevance.size, 0);
});

test('a word a fifth of the entries hold is common too: a large FAQ’s broad query does not make Lunr score thousands', () => {
  const share = (index.documentFrequency.get('自治体') ?? 0) / index.entries.length;
  assert.ok(share > 0.2 && share < 0.5, `自治体 in ${share} of the entries`);
  const { perUnit, relevance } = matchesOf('自治体 ');
  assert.ok(perUnit[0].size > 0);
  // Lunr scores only the entries holding a rarer word the unit stands for (a synonym), not every holder.
  assert.ok(relevance.size < perUnit[0].size / 2, `${relevance.size} scored of ${perUnit[0].size}`);
});

test('a word found only through its bigrams is held less firmly than a word found whole', () => {
  // 「キャラ」 is no word of the FAQ; 「キャラクター」 holds its bigrams.
  const [bigrams] = matchesOf('キャラ ').perUnit;
  assert.ok(bigrams.size > 0);
  const [whole] = matchesOf('キャラクター').perUnit;
  assert.ok(bestHold(bigrams) < bestHold(whole), `${bestHold(bigrams)} < ${bestHold(whole)}`);
});
