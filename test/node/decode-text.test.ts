import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, encodingMessage } from '../../src/data/decode-text.js';
import { parseFaqFile } from '../../src/data/load-faq.js';
import { shiftJis } from './shift-jis.js';

const faq = {
  lang: 'ja',
  categories: [{ id: 'a', label: 'ごみ' }],
  entries: [{ id: 'x', category: 'a', question: '粗大ごみの出し方は?', answer: '電話で申し込んでください。' }],
};
const json = JSON.stringify(faq);
const utf8 = new TextEncoder().encode(json);
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);

test('UTF-8 with and without BOM reads the same', () => {
  assert.deepEqual(decodeText(utf8), { ok: true, text: json, encoding: 'UTF-8' });
  assert.deepEqual(decodeText(withBom), { ok: true, text: json, encoding: 'UTF-8' });
  assert.equal(parseFaqFile(withBom, 'city.json').ok, true);
});

test('Shift_JIS is refused for JSON, naming it, and read for a spreadsheet when allowed', () => {
  const bytes = shiftJis(json);
  assert.deepEqual(decodeText(bytes), { ok: false, encoding: 'Shift_JIS' });
  assert.deepEqual(decodeText(bytes, { allowShiftJis: true }), { ok: true, text: json, encoding: 'Shift_JIS' });
  const result = parseFaqFile(bytes, 'city.json');
  assert.deepEqual(result, { ok: false, failure: { kind: 'encoding', url: 'city.json', encoding: 'Shift_JIS' } });
});

test('UTF-16 (Notepad’s “Unicode”) is refused as UTF-16', () => {
  const le = new Uint8Array([0xff, 0xfe, ...[...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
  assert.deepEqual(decodeText(le), { ok: false, encoding: 'UTF-16' });
});

test('the message names the encoding and says how to re-save the file', () => {
  assert.match(encodingMessage('Shift_JIS', 'ja'), /Shift_JIS のようです.*UTF-8.*保存し直してください/);
  assert.match(encodingMessage('Shift_JIS', 'en'), /looks like Shift_JIS.*"UTF-8"/);
});
