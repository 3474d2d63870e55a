import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexicon } from '../../src/search/lexicon.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import type { FaqData } from '../../src/data/faq-types.js';

test('deferred keys are added before any key is read, once, seeing the lexicon as it was', () => {
  const lexicon = new Lexicon();
  lexicon.addTerm('高齢者');
  let runs = 0;
  lexicon.defer(() => {
    runs++;
    // Reading inside the work must not run it again.
    assert.ok(lexicon.get('高齢者'));
    assert.equal(lexicon.get('オトシヨリ'), undefined);
    lexicon.add('オトシヨリ', { phrases: [['高齢者']], strength: 1 });
  });
  assert.equal(runs, 0);
  assert.equal(lexicon.maxKeyLength, 5);
  assert.equal(runs, 1);
  assert.deepEqual(lexicon.get('オトシヨリ')?.[0].phrases, [['高齢者']]);
  assert.equal(lexicon.complete(), false);
  assert.equal(runs, 1);
});

test('a prefix lookup completes deferred keys too', () => {
  const lexicon = new Lexicon();
  lexicon.defer(() => lexicon.add('スマホ', { phrases: [['スマートフォン']], strength: 1 }));
  assert.deepEqual(lexicon.keysStartingWith('スマ'), ['スマホ']);
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
  const index = createSearchIndex(faq);
  assert.equal(search(index, 'お年寄り')[0]?.entry.id, 'elderly');
  // Completed by that query: nothing left to do.
  assert.equal(index.lexicon.complete(), false);
  const fresh = createSearchIndex(faq);
  assert.equal(fresh.lexicon.complete(), true);
});
