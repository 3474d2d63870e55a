import { test } from 'node:test';
import assert from 'node:assert/strict';
import faq from '../../data/faq.ja.json';
import { segment } from '../../src/search/analyze.js';
import { decodeSegments, encodeSegments } from '../../src/search/segments-codec.js';
import { analyzeEntry, createSearchIndex, createSearchIndexInSlices, prebuildIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';

test('encoded segment lengths decode to the same cut for every bundled text', () => {
  for (const { question, answer } of faq.entries) {
    for (const text of [question, answer]) assert.deepEqual(decodeSegments(text, encodeSegments(segment(text))), segment(text));
  }
});

test('segments longer than 35 characters survive the encoding', () => {
  const text = `${'a'.repeat(40)} の ${'b'.repeat(35)}`;
  assert.deepEqual(decodeSegments(text, encodeSegments(segment(text))), segment(text));
});

test('a cut that no longer fits the text is refused', () => {
  const code = encodeSegments(segment('リッチメニューとは何ですか'));
  assert.equal(decodeSegments('リッチメニューとは何ですか?追記', code), null);
  assert.equal(decodeSegments('短い', code), null);
  assert.equal(decodeSegments('リッチメニューとは何ですか', 'not/base36!'), null);
});

test('an entry analysed from its prebuilt cut has the same words as one segmented afresh', () => {
  const prebuilt = prebuildIndex(faq.entries);
  for (const entry of faq.entries) assert.deepEqual(analyzeEntry(entry, prebuilt.segments[entry.id]), analyzeEntry(entry));
});

test('an edited entry falls back to segmenting its text', () => {
  const prebuilt = prebuildIndex(faq.entries);
  const edited = faq.entries.map((e) => (e.id === 'police-contact' ? { ...e, answer: `${e.answer} 交番` } : e));
  const index = createSearchIndex({ entries: edited }, prebuilt);
  assert.equal(search(index, '交番')[0]?.entry.id, 'police-contact');
});

test('a prebuilt index of another format is ignored', () => {
  const index = createSearchIndex(faq, { format: 'something-else', segments: { 'rich-menu': ['1', '1'] } });
  assert.equal(search(index, 'リッチメニュー').length > 0, true);
});

test('the index built in slices answers like the one built at once', async () => {
  const sliced = await createSearchIndexInSlices(faq, undefined, { sliceMs: 1 });
  const whole = createSearchIndex(faq);
  for (const query of ['高齢者', 'リッチメニュー', 'line pay', '回覧板']) {
    assert.deepEqual(search(sliced, query).map((h) => h.entry.id), search(whole, query).map((h) => h.entry.id));
  }
});

test('building in slices can be abandoned', async () => {
  const controller = new AbortController();
  const building = createSearchIndexInSlices(faq, undefined, { sliceMs: 0, signal: controller.signal });
  controller.abort();
  await assert.rejects(building, { name: 'AbortError' });
});
