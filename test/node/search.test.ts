import { test } from 'node:test';
import assert from 'node:assert/strict';
import { search } from '../../src/search/search.js';
import { URL_PATTERN } from '../../src/search/analyze.js';
import { index } from './prebuilt.js';

const ids = (query: string) => search(index, query).map((hit) => hit.entry.id);
/** The entries shown as answers, not as near matches. */
const answers = (query: string) =>
  search(index, query)
    .filter((hit) => !hit.near)
    .map((hit) => hit.entry.id);
const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

test('a rare second word narrows the results to the entries that hold it', () => {
  const broad = ids('相談');
  const narrow = answers('相談 虐待');
  assert.deepEqual(narrow, ['what-is-line-consultation']);
  assert.ok(broad.length > 1);
});

test('one or two answers are followed by the closest other entries, as near matches after them', () => {
  const hits = search(index, '相談 虐待');
  assert.equal(hits[0]?.entry.id, 'what-is-line-consultation');
  assert.equal(hits[0]?.near, false);
  assert.ok(hits.length > 1 && hits.length <= 3, `${hits.length} results`);
  assert.ok(hits.slice(1).every((hit) => hit.near));
  // Three answers or more need no such help.
  const many = search(index, '相談');
  assert.ok(many.filter((hit) => !hit.near).length >= 3 && many.every((hit) => !hit.near));
});

test('typing slips: a homophone the IME chose, a missing sound mark, a big kana for a small one', () => {
  assert.equal(answers('LINE公式アカウントの解説方法')[0], 'open-an-account');
  assert.equal(ids('セクメント配信')[0], 'segment-delivery');
  assert.equal(ids('メツセージ配信')[0], 'message-delivery');
});

test('when no entry has every word, the entry with the most informative ones comes first', () => {
  assert.equal(ids('警察の窓口 連携 交番')[0], 'police-contact');
});

test('a query naming something the FAQ never mentions claims no answer, even beside known words', () => {
  assert.deepEqual(answers('警察 ラーメン'), []);
  assert.deepEqual(answers('LINE パスポート'), []);
  assert.deepEqual(answers('LINEの着信音を変えたい'), []);
  // 「乗っ」 is the verb's, not a kanji and a stray っ: the question is not just 「LINE」.
  assert.deepEqual(answers('LINEが乗っ取られたみたい'), []);
});

test('never a dead end: a query that holds a word of the FAQ shows the closest entries as near matches', () => {
  const hits = search(index, '警察 ラーメン');
  assert.equal(hits[0]?.entry.id, 'police-contact');
  assert.ok(hits.every((hit) => hit.near));
  assert.ok(hits.length <= 5);
});

test('a query with no word, reading or bigram of the FAQ shows nothing', () => {
  assert.deepEqual(ids('ラーメン'), []);
  assert.deepEqual(ids('qwxz'), []);
});

test('an on-topic keyword query never comes back empty, even with a word the FAQ lacks', () => {
  assert.ok(ids('メッセージ 送信').length > 0);
  assert.ok(ids('リッチメニュー 作り方').length > 0);
});

test('question frames and fillers are not evidence', () => {
  assert.deepEqual(ids('教えてください'), []);
  assert.deepEqual(ids('えっと あのー どうすればいいですか'), []);
  assert.equal(ids('あのーリッチメニューについて教えてほしいんですけど')[0], 'rich-menu');
});

test('the question most about the query comes first: リッチメニュー before 変動リッチメニュー', () => {
  assert.deepEqual(ids('リッチメニュー').slice(0, 2), ['rich-menu', 'switchable-rich-menu']);
  assert.equal(ids('基本機能')[0], 'basic-features');
});

test('the entry whose question names the word comes before answers that mention it', () => {
  // 「ブロック」 is in one question and in no other entry's text more than in passing.
  assert.equal(ids('ブロック')[0], 'reduce-blocks');
});

test('equal scores keep the data order', () => {
  const hits = search(index, 'LINE');
  for (let i = 1; i < hits.length; i++) if (hits[i].score === hits[i - 1].score) assert.ok(hits[i].position > hits[i - 1].position);
});

test('matches are returned as ranges of the original question and answer text', () => {
  const [hit] = search(index, 'ﾘｯﾁﾒﾆｭｰ');
  assert.ok(marked(hit.entry.question, hit.highlights.question).includes('リッチメニュー'));
  const [plan] = search(index, '地方公共団体プラン 媒体資料');
  assert.ok(
    marked(plan.entry.answer, plan.highlights.answer).some((t) => t.includes('地方公共団体プラン')),
    'the plan’s name marked in the answer',
  );
});

test('a word still being typed finds the words it begins, marked whole', () => {
  const [hit] = search(index, 'アカウン');
  assert.deepEqual(marked(hit.entry.question, hit.highlights.question), ['アカウント']);
  assert.deepEqual(marked(search(index, 'ミニアプ')[0].entry.question, search(index, 'ミニアプ')[0].highlights.question), ['ミニアプリ']);
});

test('a hit carries no more than a SearchHit: its highlights in JSON, never the index it came from', () => {
  const hit = search(index, 'リッチメニュー')[0];
  assert.deepEqual(Object.keys(hit), ['entry', 'position', 'score', 'near']);
  const json = JSON.parse(JSON.stringify(hit));
  assert.deepEqual(Object.keys(json).sort(), ['entry', 'highlights', 'near', 'position', 'score']);
  assert.deepEqual(json.highlights, hit.highlights);
  assert.deepEqual(marked(hit.entry.question, json.highlights.question), ['リッチメニュー']);
});

test('nothing inside a URL is highlighted', () => {
  let urls = 0;
  for (const hit of search(index, 'line')) {
    const spans = [...hit.entry.answer.matchAll(URL_PATTERN)].map((m) => [m.index!, m.index! + m[0].length]);
    urls += spans.filter(([s, e]) => /line/i.test(hit.entry.answer.slice(s, e))).length;
    for (const [start, end] of hit.highlights.answer)
      assert.ok(
        spans.every(([s, e]) => end <= s || start >= e),
        `[${start}, ${end}) of ${hit.entry.id} is in a URL`,
      );
  }
  assert.ok(urls > 0, 'some answers found have 「line」 in a URL');
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
