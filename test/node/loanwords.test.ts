import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { katakanaSkeleton, soundSkeleton } from '../../src/search/loanwords.js';
import { foldKana } from '../../src/search/normalize.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { faq } from './prebuilt.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';

test('an English word and the loanword made of it sound alike', () => {
  for (const [english, katakana] of [
    ['account', 'アカウント'],
    ['message', 'メッセージ'],
    ['segment', 'セグメント'],
    ['partner', 'パートナー'],
    ['program', 'プログラム'],
    ['manual', 'マニュアル'],
    ['manual', 'マニュアル'],
    ['stamp', 'スタンプ'],
    ['official', 'オフィシャル'],
    ['chatbot', 'チャットボット'],
    ['switch', 'スイッチ'],
    ['online', 'オンライン'],
    ['comment', 'コメント'],
    ['block', 'ブロック'],
  ])
    assert.equal(soundSkeleton(english, true), katakanaSkeleton(foldKana(katakana)), `${english} ~ ${katakana}`);
  for (const [english, katakana] of [
    ['account', 'カウント'],
    ['block', 'ブログ'],
  ])
    assert.notEqual(soundSkeleton(english, true), katakanaSkeleton(foldKana(katakana)), `${english} !~ ${katakana}`);
});

test('data with no English finds its loanwords by English words', async () => {
  // The bundled FAQ without its phrasings, which hold English ways of asking.
  const plain: FaqData = { ...faq, entries: faq.entries.map(({ phrasings: _, ...entry }) => entry) };
  const index = createSearchIndex(plain, await prebuildIndex(plain));
  const first = (query: string) => search(index, query)[0]?.entry.id;
  assert.equal(first('segment'), 'segment-delivery');
  for (const [english, katakana] of [
    ['chatbot', 'チャットボット'],
    ['manual', 'マニュアル'],
    ['block', 'ブロック'],
  ])
    assert.equal(first(english), first(katakana), english);
});
