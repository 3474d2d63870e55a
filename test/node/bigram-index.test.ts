import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigramKey, clean } from '../../src/search/analyze.js';
import { BigramIndex } from '../../src/search/bigram-index.js';
import { faq } from './prebuilt.js';

const texts = faq.entries.map((e) => [clean(e.question), clean(e.answer), ''] as const);

test('the bigram index built in slices holds what it holds built at once', () => {
  const atOnce = new BigramIndex([...texts]);
  const sliced = new BigramIndex([...texts]);
  let slices = 0;
  // A deadline already past: one entry a slice.
  while (!sliced.build(performance.now() - 1)) slices++;
  assert.equal(slices, texts.length - 1);
  for (const bigram of ['回覧', '公式', 'アカ', '自治'])
    assert.deepEqual(sliced.get(bigramKey(bigram)), atOnce.get(bigramKey(bigram)), bigram);
});

test('a lookup before the slices are done sees every entry', () => {
  const index = new BigramIndex([...texts]);
  assert.equal(index.build(performance.now() - 1), false);
  const last = faq.entries.length - 1;
  const bigram = [...faq.entries[last].question.normalize('NFKC')].slice(0, 2).join('');
  // In the question (field 0) of the last entry.
  assert.ok(index.get(bigramKey(bigram))?.includes(last * 4), bigram);
});
