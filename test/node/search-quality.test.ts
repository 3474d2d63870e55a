import { test } from 'node:test';
import assert from 'node:assert/strict';
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex, prebuildIndex } from '../../src/search/search-index.js';
import { computeRelated, relatedEntries } from '../../src/search/related.js';
import { search } from '../../src/search/search.js';
import { evaluate } from './evaluate.js';
import { loadEvalSet } from './eval-sets.js';

const RELEVANCE_SET = loadEvalSet('old');

const faq = faqJson as FaqData;
const prebuilt = prebuildIndex(faq);
const position = (id: string) => faq.entries.findIndex((e) => e.id === id);

test('the relevance set holds at least 80 queries, off-topic ones among them', () => {
  assert.ok(RELEVANCE_SET.length >= 80, String(RELEVANCE_SET.length));
  assert.ok(RELEVANCE_SET.filter((c) => c.expected.length === 0).length >= 5);
});

test('quality floor: top-1 ≥ 97 %, top-3 = 100 %, every off-topic query empty', () => {
  const report = evaluate(faq, RELEVANCE_SET, prebuilt);
  const misses = report.misses.map((m) => `「${m.query}」 rank ${m.rank}`).join(', ');
  assert.ok(report.top1 >= 0.97, `top-1 ${report.top1}: ${misses}`);
  assert.equal(report.top3, 1, misses);
  assert.equal(report.offTopicEmpty, report.offTopic, misses);
});

test('a synonym finds the entry that uses the other word, and marks that word', () => {
  const index = createSearchIndex(faq, prebuilt);
  const [hit] = search(index, 'お年寄り');
  assert.equal(hit.entry.id, 'elderly-users');
  assert.deepEqual(hit.highlights.question.map(([s, e]) => hit.entry.question.slice(s, e)), ['高齢者']);
});

test('synonyms come from the data: without them, the everyday word finds nothing', () => {
  const index = createSearchIndex({ ...faq, synonyms: undefined });
  assert.deepEqual(search(index, 'お年寄り'), []);
});

test('per-entry keywords find their entry', () => {
  const data: FaqData = { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: '粗大ごみの出し方', answer: '電話で申し込みます。', keywords: ['大型ごみ'] }, { id: 'y', category: 'a', question: '資源ごみ', answer: '水曜日です。' }] };
  assert.equal(search(createSearchIndex(data), '大型ごみ')[0].entry.id, 'x');
});

test('a Latin word one edit away is found, below exact matches', () => {
  const index = createSearchIndex(faq, prebuilt);
  assert.equal(search(index, 'vooom')[0].entry.id, 'line-voom-benefits');
  assert.ok(search(index, 'vooom')[0].score < search(index, 'voom')[0].score);
});

test('each entry has up to three related entries, never itself', () => {
  const index = createSearchIndex(faq, prebuilt);
  faq.entries.forEach((_, ref) => {
    const related = relatedEntries(index, ref);
    assert.ok(related.length <= 3);
    assert.ok(!related.includes(ref));
    for (const other of related) assert.ok(other >= 0 && other < faq.entries.length);
  });
  const withSome = faq.entries.filter((_, ref) => relatedEntries(index, ref).length > 0).length;
  assert.ok(withSome >= 45, `${withSome} entries have related questions`);
});

test('related entries are about the same thing', () => {
  const index = createSearchIndex(faq, prebuilt);
  const ids = (id: string) => relatedEntries(index, position(id)).map((p) => faq.entries[p].id);
  assert.ok(ids('rich-menu').includes('switchable-rich-menu'), ids('rich-menu').join());
  assert.ok(ids('verification-rejected').includes('plan-rejected') || ids('verification-rejected').includes('verified-vs-unverified'), ids('verification-rejected').join());
  assert.ok(ids('line-pay-adoption').includes('cashless-payment'), ids('line-pay-adoption').join());
});

test('prebuilt related entries are the ones computed at run time', () => {
  const runtime = createSearchIndex(faq);
  assert.equal(runtime.related, undefined);
  faq.entries.forEach((_, ref) => assert.deepEqual(prebuilt.related![ref], computeRelated(runtime, ref)));
});
