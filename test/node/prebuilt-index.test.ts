import { test } from 'node:test';
import type { FaqData } from '../../src/data/faq-types.js';
import assert from 'node:assert/strict';
import { segment } from '../../src/search/analyze.js';
import { decodeSegments, encodeSegments } from '../../src/search/segments-codec.js';
import {
  analyzeEntry,
  categoryLabels,
  createSearchIndex,
  createSearchIndexInSlices,
  entryTexts,
  fingerprint,
  MAX_INDEXED_LENGTH,
  prebuiltRefusal,
  type FaqSearchIndex,
} from '../../src/search/search-index.js';
import { formatPhrases } from '../../src/search/lexicon.js';
import { search } from '../../src/search/search.js';
import { faq, prebuilt } from './prebuilt.js';

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

test('every text of the bundled FAQ is indexed from its prebuilt cut, not segmented afresh', () => {
  const label = categoryLabels(faq);
  faq.entries.forEach((entry, i) =>
    entryTexts({ ...entry, categoryLabel: label(entry) }).forEach((text, field) => {
      if (text) assert.notEqual(decodeSegments(text, prebuilt.segments[i][field]), null, `${entry.id} field ${field}`);
    }),
  );
});

test('the prebuilt cut (a morphological analyzer’s) is what the index holds', () => {
  // The platform's segmenter keeps 「管理者」 whole; the analyzer cuts it into 「管理」 and 「者」.
  const entry = faq.entries.find((e) => e.id === 'change-or-add-admins')!;
  const ref = faq.entries.indexOf(entry);
  assert.ok(analyzeEntry(entry, { cut: prebuilt.segments[ref] }).q.includes('管理'));
  assert.ok(!analyzeEntry(entry).q.includes('管理'));
});

test('the prebuilt index is used only for the text it was built from', () => {
  assert.equal(fingerprint(faq), prebuilt.text);
  const edited = faq.entries.map((e, i) => (i === 7 ? { ...e, answer: e.answer.replace('。', '、') } : e));
  assert.notEqual(fingerprint({ ...faq, entries: edited }), prebuilt.text);
  assert.notEqual(fingerprint({ ...faq, entries: [...faq.entries].reverse() }), prebuilt.text);
  assert.notEqual(fingerprint({ ...faq, synonyms: [] }), prebuilt.text);
  assert.notEqual(fingerprint({ ...faq, categories: faq.categories.map((c) => ({ ...c, label: `${c.label}!` })) }), prebuilt.text);
});

test('white space does not count as an edit: a CMS collapses, adds and drops it', () => {
  const respaced: FaqData = {
    ...faq,
    entries: faq.entries.map((entry) => ({ ...entry, answer: entry.answer.replace(/\s+/g, '').replace(/。/g, '。\n ') })),
  };
  assert.equal(fingerprint(respaced), fingerprint(faq));
  assert.equal(prebuiltRefusal(prebuilt, respaced), undefined);
  assert.equal(
    prebuiltRefusal(prebuilt, { ...faq, entries: [{ ...faq.entries[0], answer: 'ほかの回答' }, ...faq.entries.slice(1)] }),
    'text',
  );
  assert.equal(prebuiltRefusal({ ...prebuilt, format: 'line-gov-faq-index/2' }, faq), 'format');
  assert.equal(prebuiltRefusal(undefined, faq), undefined);
});

test('an edited entry falls back to segmenting its text', () => {
  const edited = faq.entries.map((e) => (e.id === 'police-contact' ? { ...e, answer: `${e.answer} 交番` } : e));
  const index = createSearchIndex({ ...faq, entries: edited }, prebuilt);
  assert.equal(search(index, '交番')[0]?.entry.id, 'police-contact');
});

test('reordered entries are segmented afresh, not indexed with another entry’s cut', () => {
  const reversed = [...faq.entries].reverse();
  const index = createSearchIndex({ ...faq, entries: reversed }, prebuilt);
  assert.equal(search(index, '警察')[0]?.entry.id, 'police-contact');
  assert.equal(search(index, '回覧板')[0]?.entry.id, 'neighborhood-associations');
});

/** Whether an index holds the prebuilt cut: the analyzer cuts 「管理者」, the platform's segmenter does not. */
const usesPrebuiltCut = (index: FaqSearchIndex) =>
  index.terms[faq.entries.findIndex((e) => e.id === 'change-or-add-admins')].q.includes('管理');

test('the prebuilt index of the same text is used', () => {
  assert.equal(usesPrebuiltCut(createSearchIndex(faq, prebuilt)), true);
  assert.equal(usesPrebuiltCut(createSearchIndex(faq)), false);
});

test('a prebuilt index of another format is ignored, though its cut would fit', () => {
  const index = createSearchIndex(faq, { ...prebuilt, format: 'line-gov-faq-index/1' });
  assert.equal(usesPrebuiltCut(index), false);
  assert.ok(search(index, 'リッチメニュー').length > 0);
});

test('a prebuilt index of other data is ignored as a whole, even for entries whose text it fits', () => {
  assert.equal(usesPrebuiltCut(createSearchIndex({ ...faq, synonyms: [] }, prebuilt)), false);
});

test('a prebuilt index is used only for Japanese data: other languages are analysed as they load', () => {
  // Its readings (「じちたい」 for 「自治体」) are Japanese morphology too.
  assert.ok(createSearchIndex(faq, prebuilt).lexicon.get('ジチタイ'));
  assert.equal(createSearchIndex({ ...faq, lang: 'en' }, prebuilt).lexicon.get('ジチタイ'), undefined);
});

test('prebuilt related entries are used only when there is a list for every entry', () => {
  assert.deepEqual(createSearchIndex(faq, prebuilt).related, prebuilt.related);
  assert.equal(createSearchIndex(faq, { ...prebuilt, related: prebuilt.related!.slice(1) }).related, undefined);
});

test('a thesaurus synonym is held less firmly than the word itself', () => {
  const index = createSearchIndex(faq, prebuilt);
  const [phrases, key] = prebuilt.thesaurus[0];
  const sense = index.lexicon.get(key)?.find((s) => formatPhrases(s.phrases) === phrases);
  assert.ok(sense && sense.strength < 1, JSON.stringify(sense));
});

test('the index built in slices answers like the one built at once', async () => {
  const sliced = await createSearchIndexInSlices(faq, undefined, { sliceMs: 1 });
  const whole = createSearchIndex(faq);
  for (const query of ['高齢者', 'リッチメニュー', 'line pay', '回覧板']) {
    assert.deepEqual(
      search(sliced, query).map((h) => h.entry.id),
      search(whole, query).map((h) => h.entry.id),
    );
  }
});

test('building in slices can be abandoned', async () => {
  const controller = new AbortController();
  const building = createSearchIndexInSlices(faq, undefined, { sliceMs: 0, signal: controller.signal });
  controller.abort();
  await assert.rejects(building, { name: 'AbortError' });
});

test('only the first 10,000 characters of a long answer are indexed', () => {
  const long = { question: '長い回答', answer: `${'あ'.repeat(MAX_INDEXED_LENGTH)}警察` };
  assert.ok(!analyzeEntry(long).a.includes('警察'));
  const short = { question: '短い回答', answer: '警察' };
  assert.ok(analyzeEntry(short).a.includes('警察'));
});

test('the index says why the prebuilt index given was not used, having checked it once', async () => {
  const { FaqSearch } = await import('../../src/search/faq-search.js');
  const edited = { ...faq, entries: [{ ...faq.entries[0], answer: 'ほかの回答' }, ...faq.entries.slice(1)] };
  assert.equal(FaqSearch.create(faq, prebuilt).prebuiltRefusal, undefined);
  assert.equal(FaqSearch.create(faq).prebuiltRefusal, undefined);
  assert.equal((await FaqSearch.createInSlices(edited, prebuilt)).prebuiltRefusal, 'text');
  assert.equal(FaqSearch.create(faq, { ...prebuilt, format: 'line-gov-faq-index/2' }).prebuiltRefusal, 'format');
});
