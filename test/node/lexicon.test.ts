import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeIndex, createSearchIndexInSlices, usableIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { keyOf, synonymRecordSteps, synonymRecords } from '../../src/search/synonyms.js';
import type { FaqData } from '../../src/data/faq-types.js';

test('reading the lexicon changes nothing: what an index leaves to do waits for completeIndex', () => {
  const index = usableIndex({
    lang: 'ja',
    categories: [{ id: 'c', label: '分類' }],
    synonyms: [['高齢者', 'お年寄り']],
    entries: [{ id: 'elderly', category: 'c', question: '高齢者でも使えますか', answer: '使えます' }],
  });
  const key = keyOf('お年寄り');
  const before = index.lexicon.maxKeyLength;
  assert.equal(index.lexicon.get(key), undefined);
  assert.deepEqual(index.lexicon.keysStartingWith(key), []);
  assert.equal(index.lexicon.maxKeyLength, before, 'reads do not run the deferred work');
  assert.equal(completeIndex(index), true);
  assert.deepEqual(index.lexicon.keysStartingWith(key), [key]);
});

test('the data’s synonyms wait until the index is ready, and a query right away still finds them', () => {
  const faq: FaqData = {
    lang: 'ja',
    categories: [{ id: 'c', label: '分類' }],
    synonyms: [['高齢者', 'お年寄り']],
    entries: [
      { id: 'elderly', category: 'c', question: '高齢者でも使えますか', answer: '使えます' },
      { id: 'other', category: 'c', question: 'スタンプの作り方', answer: '申請してください' },
    ],
  };
  const index = usableIndex(faq);
  assert.equal(index.lexicon.get(keyOf('お年寄り')), undefined, 'the synonyms are left to do');
  assert.equal(search(index, 'お年寄り')[0]?.entry.id, 'elderly');
  // Completed by that search: nothing left to do.
  assert.equal(completeIndex(index), false);
  const fresh = usableIndex(faq);
  assert.equal(completeIndex(fresh), true);
  assert.ok(fresh.lexicon.get(keyOf('お年寄り')));
});

test('after a build in slices the synonyms are cut a group a step, and a search meanwhile finishes them at once', async () => {
  const groups = [['高齢者', 'お年寄り'], ['スタンプ', 'すたんぷ画像'], ...Array.from({ length: 40 }, (_, i) => [`用語${i}`, `別名${i}`])];
  const cut = (text: string) => [keyOf(text)];
  const vocabulary = new Set(['高齢者', 'スタンプ']);
  const steps = synonymRecordSteps(groups, cut, vocabulary);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  assert.equal(pauses, groups.length, 'a pause after each group');
  assert.deepEqual(step.value, synonymRecords(groups, cut, vocabulary));

  const faq: FaqData = {
    lang: 'ja',
    categories: [{ id: 'c', label: '分類' }],
    synonyms: groups,
    entries: [
      { id: 'elderly', category: 'c', question: '高齢者でも使えますか', answer: '使えます' },
      { id: 'other', category: 'c', question: 'スタンプの作り方', answer: '申請してください' },
    ],
  };
  // Left alone, the slices cut them all and add them.
  const alone = await createSearchIndexInSlices(faq, undefined, { sliceMs: 0 });
  assert.ok(alone.unfinished, 'the synonyms are left to do when the index is ready');
  for (let turn = 0; turn < 200 && alone.unfinished; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(alone.unfinished, undefined);
  assert.ok(alone.lexicon.get(keyOf('お年寄り')));

  // A query in the middle of them: some groups are cut (as a slice does), none added yet.
  const index = await createSearchIndexInSlices(faq, undefined, { sliceMs: 0 });
  const left = index.unfinished!;
  for (let i = 0; i < 5; i++) left.next();
  assert.equal(index.lexicon.get(keyOf('お年寄り')), undefined, 'no record is added before all are cut');
  assert.equal(search(index, 'お年寄り')[0]?.entry.id, 'elderly');
  assert.equal(index.unfinished, undefined);
  assert.equal(left.next().done, true, 'the same steps, finished by the search');
});
