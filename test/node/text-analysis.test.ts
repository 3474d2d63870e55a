import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { analysisFor, termsOf } from '../../src/search/text-analysis.js';
import type { FaqData } from '../../src/data/faq-types.js';

const english: FaqData = JSON.parse(readFileSync(new URL('../fixtures/city-faq.en.json', import.meta.url), 'utf8'));
const top = (faq: FaqData, query: string) => search(createSearchIndex(faq), query)[0]?.entry.id;

test('the data’s lang chooses the analysis: Japanese by default, English, else character pairs', () => {
  assert.equal(analysisFor(undefined), 'ja');
  assert.equal(analysisFor('ja-JP'), 'ja');
  assert.equal(analysisFor('en-GB'), 'en');
  assert.equal(analysisFor('ko'), 'bigram');
});

test('English text is stemmed and its stop words dropped, as Lunr does for English', () => {
  assert.deepEqual(termsOf('en', 'When is burnable garbage collected?'), ['burnabl', 'garbag', 'collect']);
  assert.deepEqual(termsOf('bigram', '서울시 세금'), ['서울', '울시', '세금']);
});

test('an English FAQ finds questions by other forms of their words', () => {
  assert.equal(top(english, 'pay taxes'), 'pay-resident-tax');
  assert.equal(top(english, 'collecting garbage'), 'burnable-garbage');
  assert.equal(top(english, 'How do I pay taxes?'), 'pay-resident-tax');
  assert.equal(top(english, 'friends'), 'add-friend');
});

test('the same English FAQ read as Japanese does not (so the test above can fail): at most a near match', () => {
  const [hit] = search(createSearchIndex({ ...english, lang: 'ja' }), 'collecting garbage');
  assert.ok(!hit || hit.entry.id !== 'burnable-garbage' || hit.near);
});

test('an English FAQ’s synonyms are stemmed as its text is', () => {
  assert.equal(top(english, 'trash'), 'burnable-garbage');
});

test('another language is searched by character pairs', () => {
  const korean: FaqData = {
    lang: 'ko',
    categories: [{ id: 'tax', label: '세금' }],
    entries: [
      { id: 'resident-tax', category: 'tax', question: '주민세는 어디서 납부합니까?', answer: '편의점이나 은행에서 납부할 수 있습니다.' },
      { id: 'garbage', category: 'tax', question: '쓰레기 수거일은 언제입니까?', answer: '월요일입니다.' },
    ],
  };
  assert.equal(top(korean, '주민세 납부'), 'resident-tax');
  assert.equal(top(korean, '쓰레기'), 'garbage');
});

test('in English, a stem is marked to the end of its word', () => {
  const [hit] = search(createSearchIndex(english), 'collecting garbage');
  const marked = hit.highlights.question.map(([start, end]) => hit.entry.question.slice(start, end));
  assert.deepEqual(marked, ['garbage', 'collected']);
});
