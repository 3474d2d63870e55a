import { test } from 'node:test';
import assert from 'node:assert/strict';
import faq from '../../data/faq.ja.json';
import { createSearchIndex } from '../../src/search/search-index.js';
import { search, type SearchHit } from '../../src/search/search.js';
import { normalize, normalizeWithOffsets } from '../../src/search/normalize.js';
import { seededRandom } from '../../scripts/seeded-random.js';

const index = createSearchIndex(faq);

const PIECES = [
  ':',
  '~',
  '^',
  '*',
  '+',
  '-',
  '~2',
  '^10',
  'title:',
  'q:',
  'LINE:',
  '\\',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '😀',
  '👨‍👩‍👧',
  '🇯🇵',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDC00',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u200B',
  '\u202E',
  '\uFEFF',
  ' ',
  '　',
  '\n',
  '\t',
  'ー',
  'ｰ',
  'ﾞ',
  '゛',
  'リッチメニュー',
  'ﾘｯﾁ',
  'りっち',
  '友だち',
  '地⽅',
  'ＬＩＮＥ',
  'line',
  'Pay',
  'VOOM',
  '高齢者',
  '回覧板',
  'の',
  'を',
  'ｶﾞ',
  '①',
  '〇',
  'ǅ',
  'ß',
  'İ',
  'ﬁ',
  '𠮷',
  'a',
  'Z',
  '0',
  '%',
  '<script>',
  '&amp;',
  // Characters that Unicode combines with their neighbours: a combining accent, capital sigma
  // (final form in context), conjoining and compatibility Hangul jamo.
  'cafe\u0301',
  '\u0301',
  '\u0323',
  'ΟΔΟΣ',
  'Σ',
  '\u1100',
  '\u1161',
  '\u11a8',
  'ㄱ',
  'ㅏ',
];

// Where one character's normal form depends on its neighbours. normalizeWithOffsets normalizes
// each character (with its kana sound marks) alone, so that every output character has one
// origin; normalize works on the whole text.
const COMBINES_WITH_NEIGHBOURS = /[\p{M}\u1100-\u11ff\u3131-\u318e\uffa0-\uffdc\u03a3]/u;
/** Text up to canonical composition and the final form of sigma. */
const comparable = (text: string) => text.normalize('NFC').replace(/ς/g, 'σ');

function generate(next: () => number): string {
  const pieces = Math.floor(next() * 12);
  let out = '';
  for (let i = 0; i < pieces; i++) {
    out += next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return out;
}

function assertWellFormed(hits: SearchHit[], query: string) {
  assert.ok(Array.isArray(hits), query);
  const seen = new Set<string>();
  for (const hit of hits) {
    assert.ok(hit.entry && typeof hit.entry.id === 'string', query);
    assert.ok(!seen.has(hit.entry.id), `duplicate result for ${JSON.stringify(query)}`);
    seen.add(hit.entry.id);
    assert.ok(Number.isFinite(hit.score), query);
    for (const [text, ranges] of [
      [hit.entry.question, hit.highlights.question],
      [hit.entry.answer, hit.highlights.answer],
    ] as const) {
      let previousEnd = -1;
      for (const [start, end] of ranges) {
        assert.ok(start >= 0 && start < end && end <= text.length, `range [${start}, ${end}) for ${JSON.stringify(query)}`);
        assert.ok(start > previousEnd, 'ranges sorted and apart');
        previousEnd = end;
      }
    }
  }
}

test('10,000 generated queries never throw and return well-formed results', () => {
  const next = seededRandom(20261125);
  let combining = 0;
  for (let i = 0; i < 10_000; i++) {
    const query = generate(next);
    let hits: SearchHit[] = [];
    assert.doesNotThrow(() => (hits = search(index, query)), JSON.stringify(query));
    assertWellFormed(hits, query);
    for (const hit of hits.slice(0, 3)) void hit.highlights;
    const { text, start, end } = normalizeWithOffsets(query);
    assert.ok(
      text.length === start.length && start.every((s, k) => s >= 0 && s < end[k] && end[k] <= query.length),
      `offsets of ${JSON.stringify(query)}`,
    );
    if (COMBINES_WITH_NEIGHBOURS.test(query)) {
      combining++;
      assert.equal(comparable(text), comparable(normalize(query)), `normalizations agree up to composition on ${JSON.stringify(query)}`);
    } else assert.equal(text, normalize(query), `both normalizations agree on ${JSON.stringify(query)}`);
  }
  assert.ok(combining > 500, `only ${combining} queries with characters that combine`);
});

test('normalizeWithOffsets normalizes characters that combine with their neighbours one at a time', () => {
  // One origin for every output character; normalize composes across characters.
  assert.equal(normalizeWithOffsets('cafe\u0301').text, 'cafe\u0301');
  assert.equal(normalize('cafe\u0301'), 'café');
  assert.equal(normalizeWithOffsets('ΟΔΟΣ').text, 'οδοσ');
  assert.equal(normalize('ΟΔΟΣ'), 'οδος');
  assert.equal(normalizeWithOffsets('\u1100\u1161\u11a8').text, '\u1100\u1161\u11a8');
  assert.equal(normalize('\u1100\u1161\u11a8'), '각');
  // Kana and their sound marks are combined in both: 「ｶﾞ」 is one character.
  assert.equal(normalizeWithOffsets('ｶﾞか\u3099').text, normalize('ｶﾞか\u3099'));
});

test('edge-case strings never throw', () => {
  const cases = [
    '',
    ' ',
    '　　',
    '\n\t',
    'ー'.repeat(50),
    'リッチメニュー'.repeat(1500),
    'a'.repeat(10_000),
    '*'.repeat(10_000),
    '\uD800'.repeat(100),
    '😀'.repeat(5000),
  ];
  for (const query of cases) {
    let hits: SearchHit[] = [];
    assert.doesNotThrow(() => (hits = search(index, query)), query.slice(0, 20));
    assertWellFormed(hits, query.slice(0, 20));
  }
});

test('values that are not strings are treated as text, not errors', () => {
  for (const value of [null, undefined, 42, {}, []]) assert.doesNotThrow(() => search(index, value as unknown as string));
});
