import { test } from 'node:test';
import assert from 'node:assert/strict';
import { katakanaSkeleton, soundSkeleton } from '../../src/search/loanwords.js';
import { foldKana } from '../../src/search/normalize.js';

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
