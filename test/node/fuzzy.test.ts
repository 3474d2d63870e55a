import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzyMatches, kanaSlips, withinOneEdit } from '../../src/search/fuzzy.js';

test('one insertion, deletion, replacement or swap is within one edit', () => {
  for (const [a, b] of [
    ['vooom', 'voom'],
    ['voom', 'vooom'],
    ['govtek', 'govtec'],
    ['ovice', 'voice'],
    ['line', 'line'],
  ])
    assert.ok(withinOneEdit(a, b), `${a} ~ ${b}`);
  for (const [a, b] of [
    ['govtek', 'govtech'],
    ['voom', 'vm'],
    ['abcde', 'edcba'],
  ])
    assert.ok(!withinOneEdit(a, b), `${a} !~ ${b}`);
});

test('fuzzy matching is for Latin words of five letters or more', () => {
  const vocabulary = ['voom', 'govtech', 'partner', 'line'];
  assert.deepEqual(fuzzyMatches('vooom', vocabulary, false), ['voom']);
  assert.deepEqual(fuzzyMatches('govtek', vocabulary, false), []);
  assert.deepEqual(fuzzyMatches('govtek', vocabulary, true), ['govtech']);
  assert.deepEqual(fuzzyMatches('lime', vocabulary, true), []);
  assert.deepEqual(fuzzyMatches('リッチメニ', ['リッチメニュ'], true), []);
});

test('a kana word one flick slip away: a sound mark anywhere, plus one kana inserted, dropped or mistyped', () => {
  const keys = ['セグメント', 'メッセージ', 'アカウント', 'ソーダン', 'パートナー'];
  assert.deepEqual(kanaSlips('セクメント', keys), ['セグメント']);
  assert.deepEqual(kanaSlips('メツセージ', keys), ['メッセージ']);
  assert.deepEqual(kanaSlips('アカウソト', keys), ['アカウント']);
  assert.deepEqual(kanaSlips('アカソソト', keys), [], 'two mistyped kana are too many');
  assert.deepEqual(kanaSlips('バートナー', keys), ['パートナー']);
  // Short words and words with kanji are left exact.
  assert.deepEqual(kanaSlips('ソータ', keys), []);
  assert.deepEqual(kanaSlips('相ダン', keys), []);
  assert.deepEqual(kanaSlips('セグメント', keys), [], 'the word itself is no slip');
});
