import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { faq, prebuilt } from './prebuilt.js';

const small: FaqData = {
  lang: 'ja',
  categories: [{ id: 'garbage', label: 'ごみ' }],
  entries: [
    { id: 'bulky', category: 'garbage', question: '粗大ごみの出し方は?', answer: '予約センターに申し込んでください。' },
    { id: 'calendar', category: 'garbage', question: '収集日はいつですか?', answer: '地区ごとの収集カレンダーをご覧ください。' },
  ],
};
const first = (data: FaqData, query: string, pre?: unknown) => search(createSearchIndex(data, pre), query)[0]?.entry.id;

test('an entry is found by the words of its phrasings, which its own text lacks', () => {
  assert.notEqual(first(small, 'ソファ 捨てたい'), 'bulky');
  const withPhrasings = { ...small, entries: [{ ...small.entries[0], phrasings: ['ソファを捨てたい', 'old sofa'] }, small.entries[1]] };
  assert.equal(first(withPhrasings, 'ソファ 捨てたい'), 'bulky');
  assert.equal(first(withPhrasings, 'sofa'), 'bulky');
});

test('the bundled FAQ is searched through its prebuilt phrasing terms when its data carries no phrasings', () => {
  const stripped = { ...faq, entries: faq.entries.map(({ phrasings: _, ...entry }) => entry) };
  const query = 'police contact';
  assert.equal(first(faq, query, prebuilt), 'police-contact');
  assert.equal(first(stripped, query, prebuilt), 'police-contact');
  assert.notEqual(first(stripped, query), 'police-contact', 'without the prebuilt terms the English words are not the FAQ’s');
});

test('edited phrasings are read from the data, not from terms prebuilt for other phrasings', () => {
  const edited = {
    ...faq,
    entries: faq.entries.map((entry) => (entry.id === 'elderly-users' ? { ...entry, phrasings: ['ゾウの飼い方'] } : entry)),
  };
  assert.equal(first(edited, 'ゾウの飼い方', prebuilt), 'elderly-users');
});
