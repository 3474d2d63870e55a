import { test } from 'node:test';
import assert from 'node:assert/strict';
import faq from '../../data/faq.ja.json';
import { createSearchIndex, prebuildIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { RELEVANCE_SET } from './relevance-set.js';

const index = createSearchIndex(faq, prebuildIndex(faq));
const ids = (query: string) => search(index, query).map((hit) => hit.entry.id);
const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

test('the relevance set has at least 40 queries of every kind', () => {
  assert.ok(RELEVANCE_SET.length >= 40);
  for (const kind of ['keyword', 'question', 'variant', 'mixed', 'typing', 'off-topic'])
    assert.ok(RELEVANCE_SET.some((c) => c.kind === kind), kind);
});

for (const { query, expect, top = 1 } of RELEVANCE_SET) {
  if (expect === null) {
    test(`「${query}」 finds nothing`, () => assert.deepEqual(ids(query), []));
  } else {
    test(`「${query}」 puts ${expect} ${top === 1 ? 'first' : `in the top ${top}`}`, () => {
      const rank = ids(query).indexOf(expect) + 1;
      assert.ok(rank >= 1 && rank <= top, `rank ${rank}: ${ids(query).slice(0, 5).join(', ')}`);
    });
  }
}

test('every query word must match: a second word narrows the results', () => {
  const broad = ids('相談');
  const narrow = ids('相談 虐待');
  assert.deepEqual(narrow, ['what-is-line-consultation']);
  assert.ok(broad.length > 1);
});

test('when no entry has every word, entries with most of them are shown', () => {
  assert.equal(ids('警察の窓口 連携 交番')[0], 'police-contact');
});

test('a query naming something the FAQ never mentions finds nothing, even beside known words', () => {
  assert.deepEqual(ids('警察 ラーメン'), []);
  assert.deepEqual(ids('LINE パスポート'), []);
});

test('question words weigh more than answer words', () => {
  // 「ブロック」 is in one question and in no other entry's text more than in passing.
  assert.equal(ids('ブロック')[0], 'reduce-blocks');
});

test('equal scores keep the data order', () => {
  const hits = search(index, 'LINE');
  for (let i = 1; i < hits.length; i++)
    if (hits[i].score === hits[i - 1].score) assert.ok(hits[i].position > hits[i - 1].position);
});

test('matches are returned as ranges of the original question and answer text', () => {
  const [hit] = search(index, 'ﾘｯﾁﾒﾆｭｰ');
  assert.ok(marked(hit.entry.question, hit.highlights.question).includes('リッチメニュー'));
  const [plan] = search(index, '地方公共団体プラン 媒体資料');
  assert.ok(marked(plan.entry.answer, plan.highlights.answer).some((t) => t.includes('地⽅')), 'radical form marked in the original');
});

test('a prefix still being typed is highlighted as the whole word', () => {
  const [hit] = search(index, 'キャッシュ');
  assert.deepEqual(marked(hit.entry.question, hit.highlights.question), ['キャッシュレス']);
});

test('nothing inside a URL is highlighted', () => {
  for (const hit of search(index, 'line')) {
    for (const text of marked(hit.entry.answer, hit.highlights.answer)) assert.doesNotMatch(text, /[/:.]/);
  }
});

test('results can be limited to a set of categories', () => {
  const hits = search(index, 'LINE', { categories: new Set(['line-pay']) });
  assert.ok(hits.length > 0);
  assert.ok(hits.every((hit) => hit.entry.category === 'line-pay'));
});

test('Lunr query syntax is ordinary text', () => {
  for (const query of ['LINE:', 'title:リッチメニュー', ':', '~', '^', 'a~', 'a^', '-', '+', '*', 'VOOM~2', '+LINE -Pay', 'リッチ*']) {
    assert.doesNotThrow(() => search(index, query), query);
  }
  assert.equal(ids('リッチメニュー:')[0], 'rich-menu');
  assert.equal(ids('リッチメニュー~2')[0], 'rich-menu');
});

test('an empty or blank query returns no results', () => {
  assert.deepEqual(ids(''), []);
  assert.deepEqual(ids(' 　\n'), []);
});
