import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeIndex, usableIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { keyOf } from '../../src/search/synonyms.js';
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
