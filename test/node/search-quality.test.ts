import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { computeRelated, relatedEntries } from '../../src/search/related.js';
import { search } from '../../src/search/search.js';
import { evaluate } from '../../tools/eval/evaluate.js';
import { loadEvalSet } from '../../tools/eval/eval-sets.js';
import { faq, index, prebuilt } from './prebuilt.js';

const position = (id: string) => faq.entries.findIndex((e) => e.id === id);

// Floors on the held-out test half of the evaluation set (written blind, never tuned on): a
// change that makes search worse for residents fails here. Raise them as search improves.
const FLOOR = { top1: 0.92, top3: 0.93, perClassTop1: 0.74, offTopicNoClaim: 0.88 };

test('the evaluation sets are large enough and split into dev and test', () => {
  const dev = loadEvalSet('dev');
  const held = loadEvalSet('test');
  assert.ok(dev.length + held.length >= 200);
  for (const set of [dev, held]) {
    for (const kind of ['keyword', 'paraphrase', 'sentence', 'spoken', 'noisy'])
      assert.ok(
        set.some((c) => c.class === kind),
        kind,
      );
  }
  assert.ok([...dev, ...held].filter((c) => c.expected.length === 0).length >= 30);
  const queries = new Set(dev.map((c) => c.query));
  assert.ok(
    held.every((c) => !queries.has(c.query)),
    'no query in both halves',
  );
  const ids = new Set(faq.entries.map((e) => e.id));
  for (const c of [...dev, ...held]) for (const id of c.expected) assert.ok(ids.has(id), `${c.query}: unknown entry ${id}`);
});

// The second blind set (tools/eval/sets/fresh.json), written by another writer a year of tuning later:
// its figures showed how far the first set's had been learnt. Tuned on beside dev, so its floor
// guards against going back, not a measure of progress.
const FRESH_FLOOR = { top1: 0.77, offTopicNoClaim: 0.84 };

test('the second blind set names only entries that exist and keeps off-topic queries', () => {
  const fresh = loadEvalSet('fresh');
  const ids = new Set(faq.entries.map((e) => e.id));
  for (const c of fresh) for (const id of c.expected) assert.ok(ids.has(id), `${c.query}: unknown entry ${id}`);
  assert.ok(fresh.filter((c) => c.expected.length === 0).length >= 20);
});

test('floor on the second blind set: top-1 and off-topic precision do not go back', () => {
  const report = evaluate(faq, loadEvalSet('fresh'), prebuilt);
  assert.ok(report.top1 >= FRESH_FLOOR.top1, `top-1 ${report.top1.toFixed(3)}`);
  assert.ok(
    report.offTopicNoClaim / report.offTopic >= FRESH_FLOOR.offTopicNoClaim,
    `off-topic without a claimed answer ${report.offTopicNoClaim} of ${report.offTopic}`,
  );
});

test('quality floor on the test half: top-1, top-3, every class, off-topic precision', () => {
  const report = evaluate(faq, loadEvalSet('test'), prebuilt);
  assert.ok(report.top1 >= FLOOR.top1, `top-1 ${report.top1.toFixed(3)}`);
  assert.ok(report.top3 >= FLOOR.top3, `top-3 ${report.top3.toFixed(3)}`);
  for (const [name, figures] of Object.entries(report.byClass)) {
    if (name !== 'offtopic') assert.ok(figures.top1 >= FLOOR.perClassTop1, `${name} top-1 ${figures.top1.toFixed(3)}`);
  }
  assert.ok(
    report.offTopicNoClaim / report.offTopic >= FLOOR.offTopicNoClaim,
    `off-topic without a claimed answer ${report.offTopicNoClaim} of ${report.offTopic}`,
  );
});

test('no keyword query of either half comes back empty', () => {
  const keywords = [...loadEvalSet('dev'), ...loadEvalSet('test')].filter((c) => c.class === 'keyword');
  const empty = keywords.filter((c) => search(index, c.query).length === 0).map((c) => c.query);
  assert.deepEqual(empty, []);
});

test('synonyms come from the data: without them, an everyday word finds less', () => {
  const withSynonyms = search(index, 'お年寄り');
  assert.equal(withSynonyms[0]?.entry.id, 'elderly-users');
  // Without phrasings either: they hold the everyday word too.
  const without = createSearchIndex({ ...faq, synonyms: undefined, entries: faq.entries.map(({ phrasings: _, ...entry }) => entry) });
  assert.notEqual(search(without, 'お年寄り')[0]?.entry.id, 'elderly-users');
});

test('per-entry keywords find their entry', () => {
  const data: FaqData = {
    lang: 'ja',
    categories: [{ id: 'a', label: 'A' }],
    entries: [
      { id: 'x', category: 'a', question: '粗大ごみの出し方', answer: '電話で申し込みます。', keywords: ['大型ごみ'] },
      { id: 'y', category: 'a', question: '資源ごみ', answer: '水曜日です。' },
    ],
  };
  assert.equal(search(createSearchIndex(data), '大型ごみ')[0].entry.id, 'x');
});

test('a Latin word one edit away is found, below exact matches', () => {
  assert.equal(search(index, 'vooom')[0].entry.id, 'line-voom-benefits');
  assert.ok(search(index, 'vooom')[0].score < search(index, 'voom')[0].score);
});

test('each entry has up to three related entries, never itself', () => {
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
  const ids = (id: string) => relatedEntries(index, position(id)).map((p) => faq.entries[p].id);
  assert.ok(ids('rich-menu').includes('switchable-rich-menu'), ids('rich-menu').join());
  assert.ok(
    ids('verification-rejected').includes('plan-rejected') || ids('verification-rejected').includes('verified-vs-unverified'),
    ids('verification-rejected').join(),
  );
  assert.ok(ids('line-pay-adoption').includes('cashless-payment'), ids('line-pay-adoption').join());
});

test('prebuilt related entries are the ones computed at run time from the same analysis', () => {
  const runtime = createSearchIndex(faq, { ...prebuilt, related: undefined });
  assert.equal(runtime.related, undefined);
  faq.entries.forEach((_, ref) => assert.deepEqual(prebuilt.related![ref], computeRelated(runtime, ref)));
});

// The three sets of issue 24, written blind by writers with personas (residents, staff, and a
// mixed set held out from all tuning): every answerable query shows something, and the right
// entry is mostly first. Floors a little under the figures reached, so that a change can fail them.
const PERSONA_FLOOR = { top1: 0.84, top3: 0.92, offTopicNoClaim: 0.8 };

for (const name of ['residents', 'staff', 'final'] as const) {
  test(`floor on the ${name} set: never a dead end, the right answer mostly first, few claims off-topic`, () => {
    const report = evaluate(faq, loadEvalSet(name), prebuilt);
    assert.equal(report.answerableEmpty, 0);
    assert.ok(report.top1 >= PERSONA_FLOOR.top1, `top-1 ${report.top1.toFixed(3)}`);
    assert.ok(report.top3 >= PERSONA_FLOOR.top3, `top-3 ${report.top3.toFixed(3)}`);
    assert.ok(report.offTopicNoClaim / report.offTopic >= PERSONA_FLOOR.offTopicNoClaim, `${report.offTopicNoClaim} of ${report.offTopic}`);
  });
}
