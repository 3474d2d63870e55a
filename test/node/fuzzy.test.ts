import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzyMatches, withinOneEdit } from '../../src/search/fuzzy.js';
import { expandSynonyms } from '../../src/search/synonyms.js';

test('one insertion, deletion, replacement or swap is within one edit', () => {
  for (const [a, b] of [['vooom', 'voom'], ['voom', 'vooom'], ['govtek', 'govtec'], ['ovice', 'voice'], ['line', 'line']]) assert.ok(withinOneEdit(a, b), `${a} ~ ${b}`);
  for (const [a, b] of [['govtek', 'govtech'], ['voom', 'vm'], ['abcde', 'edcba']]) assert.ok(!withinOneEdit(a, b), `${a} !~ ${b}`);
});

test('fuzzy matching is for Latin words of five letters or more', () => {
  const vocabulary = ['voom', 'govtech', 'partner', 'line'];
  assert.deepEqual(fuzzyMatches('vooom', vocabulary, false), ['voom']);
  assert.deepEqual(fuzzyMatches('govtek', vocabulary, false), []);
  assert.deepEqual(fuzzyMatches('govtek', vocabulary, true), ['govtech']);
  assert.deepEqual(fuzzyMatches('lime', vocabulary, true), []);
  assert.deepEqual(fuzzyMatches('リッチメニ', ['リッチメニュ'], true), []);
});

test('synonym groups add the members a text lacks', () => {
  const groups = [['高齢者', 'お年寄り', 'シニア'], ['無料', '無償'], ['MAU', '利用者数']];
  assert.deepEqual(expandSynonyms('高齢者でもLINEを使えますか?', groups), [
    { present: '高齢者', added: 'お年寄り' },
    { present: '高齢者', added: 'シニア' },
  ]);
  assert.deepEqual(expandSynonyms('国内 ＭＡＵ は', groups), [{ present: 'MAU', added: '利用者数' }]);
  assert.deepEqual(expandSynonyms('関係のない文', groups), []);
  assert.deepEqual(expandSynonyms('無料と無償', groups), []);
});
