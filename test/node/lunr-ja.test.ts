// Lunr here is imported before the search core, as an application that uses Lunr itself would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import lunr from 'lunr';

type Registry = { registeredFunctions: Record<string, unknown> };
const ownKeys = () => Object.keys(lunr).sort();
const registered = () => Object.keys((lunr.Pipeline as unknown as Registry).registeredFunctions).sort();

test('the Japanese support leaves the application’s Lunr exactly as it was', async () => {
  const keys = ownKeys();
  const functions = registered();
  const { FaqSearch } = await import('../../src/search/index.js');
  const index = FaqSearch.create({
    lang: 'ja',
    categories: [{ id: 'c', label: '分類' }],
    entries: [{ id: 'a', category: 'c', question: '回覧板を使いたい', answer: 'これは回覧板の答えです' }],
  });
  assert.equal(index.search('回覧板')[0]?.entry.id, 'a', 'Japanese is searched');
  assert.deepEqual(ownKeys(), keys, 'no language, stemmer or segmenter added to lunr');
  assert.deepEqual(registered(), functions, 'no pipeline function registered on lunr');
});

test('the stop words left out of the index are all function words, so one list says what grammar is', async () => {
  const { isFunctionTerm } = await import('../../src/search/function-words.js');
  const { isJapaneseStopWord } = await import('../../src/search/lunr-ja.js');
  const { foldKana, toKatakana } = await import('../../src/search/normalize.js');
  const source = readFileSync(new URL('../../node_modules/lunr-languages/lunr.ja.js', import.meta.url), 'utf8');
  const stopWords = /generateStopWordFilter\(\s*'([^']+)'/.exec(source)?.[1].split(' ') ?? [];
  assert.ok(stopWords.length > 30, 'read the list from lunr-languages');
  for (const word of stopWords) {
    assert.ok(isJapaneseStopWord(word), `${word} is dropped from the index`);
    assert.ok(isFunctionTerm(foldKana(toKatakana(word))), `${word} is a function word`);
  }
});
