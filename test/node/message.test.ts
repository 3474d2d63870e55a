import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentencesOf, withoutFormulas } from '../../src/search/message.js';
import { search } from '../../src/search/search.js';
import { index } from './prebuilt.js';

test('the formulas of a letter are left out: greetings, thanks in advance, who is writing', () => {
  const words = (text: string) =>
    withoutFormulas(text)
      .replace(/[\s、。]+/g, ' ')
      .trim();
  assert.equal(words('お疲れ様です。△△町総務課の佐藤と申します。申請が通りませんでした'), '申請が通りませんでした');
  assert.equal(words('いつもお世話になっております。□□市議会事務局の山田です。'), '');
  assert.equal(words('こんにちは。子育て支援のNPOで活動している者です。'), '');
  assert.equal(words('どうぞよろしくお願いいたします'), '');
  // What is asked stays, even when it ends in です.
  assert.equal(words('LINE公式アカウントの開設方法が知りたいです'), 'LINE公式アカウントの開設方法が知りたいです');
});

test('a message is cut into its sentences; one sentence is not cut', () => {
  assert.deepEqual(sentencesOf('リッチメニューとは?また、料金は。', 6), ['リッチメニューとは', 'また、料金は']);
  assert.deepEqual(sentencesOf('リッチメニューとは', 6), []);
  assert.equal(sentencesOf('あ。い。う。え。お。か。き。く。', 3).length, 0, 'one-character pieces are not sentences');
  assert.equal(sentencesOf('一つ目。二つ目。三つ目。四つ目。', 3).length, 3);
});

test('a greeting alone claims no answer; a message with two questions shows both answers first', () => {
  assert.deepEqual(
    search(index, 'お疲れ様です。').filter((hit) => !hit.near),
    [],
  );
  // The whole message is mostly about the rich menu: its first three would all be about that.
  const ids = search(index, 'お世話になっております。パートナープログラムについて教えてください。また、リッチメニューとは何ですか。')
    .slice(0, 3)
    .map((hit) => hit.entry.id);
  assert.ok(ids.includes('rich-menu'), ids.join());
  assert.ok(
    ids.some((id) => id.startsWith('partner-program')),
    ids.join(),
  );
});
