import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt } from '../../src/search/excerpt.js';
import type { Range } from '../../src/search/highlight.js';

const marked = (text: string, ranges: Range[]) => ranges.map(([s, e]) => text.slice(s, e));

test('no match, no excerpt', () => {
  assert.equal(excerpt('本文', []), undefined);
});

test('a short text is shown whole, its matches in place', () => {
  const text = '住民票の写しはオンラインで申請できます。';
  const result = excerpt(text, [[0, 3]])!;
  assert.equal(result.text, text);
  assert.deepEqual(marked(result.text, result.ranges), ['住民票']);
  assert.equal(result.cutBefore, false);
  assert.equal(result.cutAfter, false);
});

test('the excerpt goes where most matches are, not to the first one', () => {
  const text = `粗大ごみ${'あ'.repeat(100)}。収集日は地区ごとに決まっています。粗大ごみの収集日はカレンダーで確認できます。${'い'.repeat(100)}`;
  const ranges: Range[] = [];
  for (const word of ['粗大ごみ', '収集日'])
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
  ranges.sort((a, b) => a[0] - b[0]);
  const result = excerpt(text, ranges, 40)!;
  assert.ok(result.text.startsWith('収集日は地区ごと'), result.text);
  assert.deepEqual(marked(result.text, result.ranges), ['収集日', '粗大ごみ', '収集日']);
  assert.equal(result.cutBefore, true);
  assert.equal(result.cutAfter, true);
});

test('it starts at the sentence or clause that holds the match, else a few characters before it', () => {
  const text = `${'前'.repeat(50)}。次の文に一致があります。`;
  const at = text.indexOf('一致');
  assert.equal(excerpt(text, [[at, at + 2]])!.text, '次の文に一致があります。');
  const clause = `${'前'.repeat(50)}、次の節に一致`;
  assert.equal(excerpt(clause, [[clause.length - 2, clause.length]])!.text, '次の節に一致');
  // No boundary near: it starts at the match, not inside the word before it.
  const long = `${'前'.repeat(50)}一致${'後'.repeat(100)}`;
  const result = excerpt(long, [[50, 52]], 40)!;
  assert.equal(result.text, `一致${'後'.repeat(38)}`);
  assert.equal(result.cutBefore, true);
});

test('it ends at a clause end when one is near, and never inside a match', () => {
  const text = `一致する言葉があります。その後の文は長く続きますが、ここで切れます${'後'.repeat(40)}`;
  const result = excerpt(text, [[0, 2]], 36)!;
  assert.equal(result.text, '一致する言葉があります。その後の文は長く続きますが、');
  const marked = `${'あ'.repeat(10)}${'一致'.repeat(8)}${'い'.repeat(6)}リッチメニューの設定方法${'う'.repeat(40)}`;
  const ranges: Range[] = [
    [10, 26],
    [32, 44],
  ];
  const words = (part: ReturnType<typeof excerpt>) => part!.ranges.map(([s, e]) => part!.text.slice(s, e));
  // 36 characters would end inside the second match: a little more room shows it whole…
  assert.deepEqual(words(excerpt(marked, ranges, 36)), ['一致'.repeat(8), 'リッチメニューの設定方法']);
  // …more than a little, and none of it is shown.
  assert.deepEqual(words(excerpt(marked, ranges, 34)), ['一致'.repeat(8)]);
});

test('a match longer than the excerpt is marked as far as it is shown', () => {
  const text = `${'あ'.repeat(10)}${'一'.repeat(100)}`;
  const result = excerpt(text, [[10, 110]], 30)!;
  assert.deepEqual(result.ranges, [[10, 30]]);
});
