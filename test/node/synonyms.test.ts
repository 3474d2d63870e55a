import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/search/analyze.js';
import { parsePhrases } from '../../src/search/lexicon.js';
import { keyOf, synonymRecords } from '../../src/search/synonyms.js';

const vocabulary = new Set(['高齢者', '無償', '開設', 'line', '公式', 'アカウント', '申シ込ミ'].map((w) => keyOf(w)));
const cut = (text: string) => tokenize(text, [text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')]);
const records = (groups: string[][]) =>
  synonymRecords(groups, (text) => (vocabulary.has(keyOf(text)) ? [keyOf(text)] : cut(text)), vocabulary);

test('each member of a group is a key for the members the FAQ has', () => {
  const [[phrases, ...keys]] = records([['高齢者', 'お年寄り', 'シニア']]);
  assert.deepEqual(parsePhrases(phrases), [[keyOf('高齢者')]]);
  for (const member of ['高齢者', 'お年寄り', 'シニア']) assert.ok(keys.includes(keyOf(member)), member);
});

test('groups none of whose members the FAQ has are left out', () => {
  assert.deepEqual(records([['宇宙', 'スペース']]), []);
});

test('groups that share a word are one group', () => {
  const merged = records([
    ['開設', '作成'],
    ['作成', '作る'],
  ]);
  assert.equal(merged.length, 1);
  assert.ok(merged[0].includes(keyOf('作る')) && parsePhrases(merged[0][0]).some((p) => p.includes(keyOf('開設'))));
});

test('a verb or a noun made from one is also a key without its kana ending', () => {
  const [[, ...keys]] = records([['申し込み', '申込']]);
  assert.ok(keys.includes(keyOf('申し込')), keys.join());
});

test('a member that is only part of the group’s first word does not stand for the group', () => {
  // 「LINE@」 reads as 「LINE」: as a phrase of its own it would stand for every entry with 「LINE」.
  const [[phrases]] = synonymRecords(
    [['LINE公式アカウント', 'LINE@']],
    (text) => (text === 'LINE@' ? ['line'] : ['line', '公式', 'アカウント']),
    vocabulary,
  );
  assert.deepEqual(parsePhrases(phrases), [['line', '公式', 'アカウント']]);
});
