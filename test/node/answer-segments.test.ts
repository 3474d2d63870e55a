import { test } from 'node:test';
import assert from 'node:assert/strict';
import faq from '../../data/faq.ja.json';
import { answerSegments, safeHref } from '../../src/data/answer-segments.js';

const links = (text: string) =>
  answerSegments(text)
    .filter((s) => s.kind === 'link')
    .map((s) => s.text);

test('a URL on its own line becomes a link', () => {
  assert.deepEqual(links('詳細はこちら\nhttps://www.lycbiz.com/jp/logo/'), ['https://www.lycbiz.com/jp/logo/']);
});

test('a URL ends where Japanese text begins', () => {
  assert.deepEqual(links('LINE Pay 株式会社 https://LINEpaycorp.com/ja/へお問合せください。'), ['https://LINEpaycorp.com/ja/']);
});

test('a closing bracket that is not part of the URL is left out of it', () => {
  assert.deepEqual(links('協議会(https://smca.or.jp/)へ'), ['https://smca.or.jp/']);
  assert.deepEqual(links('https://example.org/wiki/A_(b)'), ['https://example.org/wiki/A_(b)']);
});

test('the text around links is kept, in order, without loss', () => {
  for (const { answer } of faq.entries)
    assert.equal(
      answerSegments(answer)
        .map((s) => s.text)
        .join(''),
      answer,
    );
});

test('every URL of the bundled FAQ becomes a link', () => {
  const all = faq.entries.flatMap((e) => links(e.answer));
  assert.ok(all.length >= 50, String(all.length));
  for (const url of all) assert.match(url, /^https?:\/\/[^\s)]+$/);
});

test('only http, https, mailto and tel become links', () => {
  assert.deepEqual(links('mailto:info@example.jp と tel:0312345678'), ['info@example.jp', '0312345678']);
  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
  ]) {
    assert.deepEqual(links(`x ${bad} y`), [], bad);
    assert.equal(safeHref(bad), null, bad);
  }
});

test('a phone number or mail address reads as itself and is not a web link', () => {
  const segments = answerSegments(
    'お電話は tel:0120-000-000。メールは mailto:info@example.jp?subject=FAQ へ。詳しくは https://example.jp/ を',
  );
  const found = segments.flatMap((s) => (s.kind === 'link' ? [[s.text, s.href, s.external]] : []));
  assert.deepEqual(found, [
    ['0120-000-000', 'tel:0120-000-000', false],
    ['info@example.jp', 'mailto:info@example.jp?subject=FAQ', false],
    ['https://example.jp/', 'https://example.jp/', true],
  ]);
});

test('highlight ranges are handed to the text pieces they fall in', () => {
  const text = 'リッチメニュー https://a.example/ リッチメニュー';
  const segments = answerSegments(text, [
    [0, 7],
    [27, 34],
  ]);
  assert.deepEqual(
    segments.map((s) => (s.kind === 'text' ? s.marks : 'link')),
    [[[0, 7]], 'link', [[1, 8]]],
  );
});
