import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { parsePhrases } from '../../src/search/lexicon.js';
import { keyOf } from '../../src/search/synonyms.js';
import { loadAnalyzer } from '../../src/prebuild/morphology.js';
import { prebuildIndex, prebuildWith } from '../../src/prebuild/prebuild.js';
import type { Thesaurus } from '../../src/prebuild/thesaurus.js';
import { createSearchIndex, PREBUILT_FORMAT, type PrebuiltIndex } from '../../src/search/search-index.js';
import { search } from '../../src/search/search.js';
import { faq, prebuilt } from './prebuilt.js';

const analyzer = await loadAnalyzer();
const city: FaqData = {
  lang: 'ja',
  categories: [{ id: 'garbage', label: 'ごみ' }],
  entries: [
    { id: 'bulky', category: 'garbage', question: '粗大ごみの回収を申し込むには?', answer: '電話で申し込みます。' },
    { id: 'friends', category: 'garbage', question: '友だちを増やすには?', answer: 'ポスターで知らせます。' },
  ],
};
/** The keys of the records (of one list) whose phrases include `term`. */
const keysFor = (records: PrebuiltIndex['lexicon'], term: string) =>
  records.filter(([phrases]) => parsePhrases(phrases).some((p) => p.includes(term))).flatMap(([, ...keys]) => keys);

test('kanji words of questions get their readings as keys; words only in answers do not', () => {
  const built = prebuildWith(city, analyzer, null);
  assert.ok(keysFor(built.lexicon, '回収').includes(keyOf('かいしゅう')), JSON.stringify(built.lexicon));
  assert.deepEqual(keysFor(built.lexicon, '電話'), []);
});

test('kanji words read as a question word is (what an IME may type for it) stand for it, unless the FAQ has them', () => {
  const built = prebuildWith(
    { ...city, entries: [{ id: 'x', category: 'garbage', question: '申請の方法は?', answer: '窓口で神聖な気持ちで。' }] },
    analyzer,
    null,
  );
  const keys = keysFor(built.homophones ?? [], keyOf('申請'));
  assert.ok(keys.includes(keyOf('新生')), keys.join());
  assert.ok(!keys.includes(keyOf('神聖')), 'the FAQ has 神聖 itself');
  assert.ok(!keys.includes(keyOf('申請')));
});

test('every form, stem and reading of a verb stands for the forms the FAQ uses', () => {
  const built = prebuildWith(city, analyzer, null);
  const keys = keysFor(built.inflections, keyOf('増やす'));
  for (const form of ['増や', 'ふやす']) assert.ok(keys.includes(keyOf(form)), `${form} in ${keys}`);
});

test('particles and question frames are marked as grammar', () => {
  const built = prebuildWith(
    { ...city, entries: [{ id: 'x', category: 'garbage', question: '回収の方法について', answer: '以下の通りです。' }] },
    analyzer,
    null,
  );
  assert.ok(!built.function.includes(keyOf('回収')));
  assert.ok(
    built.function.some((term) => term === keyOf('以下') || term === keyOf('通り')),
    built.function.join(),
  );
});

test('a thesaurus adds synonyms that trigger expansion, and only for words the FAQ has', () => {
  const thesaurus: Thesaurus = new Map();
  const group = [
    { word: '回収', expandControl: 0 },
    { word: '収集', expandControl: 0 },
    { word: '引き取り', expandControl: 1 },
    { word: '回し取り', expandControl: 2 },
  ];
  for (const { word } of group) thesaurus.set(keyOf(word), [group]);
  thesaurus.set(keyOf('宇宙'), [
    [
      { word: '宇宙', expandControl: 0 },
      { word: 'スペース', expandControl: 0 },
    ],
  ]);
  const built = prebuildWith(city, analyzer, thesaurus);
  const keys = keysFor(built.thesaurus, '回収');
  assert.ok(keys.includes(keyOf('収集')));
  assert.ok(!keys.includes(keyOf('引き取り')), 'a word marked ambiguous (1) does not trigger');
  assert.ok(!keys.includes(keyOf('回し取り')), 'a word marked 2 is never used');
  assert.ok(!JSON.stringify(built.thesaurus).includes('スペース'), 'groups the FAQ does not touch are left out');
});

test('a word in several thesaurus groups (several senses) gets no synonyms', () => {
  const thesaurus: Thesaurus = new Map([
    [
      keyOf('回収'),
      [
        [
          { word: '回収', expandControl: 0 },
          { word: '収集', expandControl: 0 },
        ],
        [
          { word: '回収', expandControl: 0 },
          { word: '取り立て', expandControl: 0 },
        ],
      ],
    ],
  ]);
  assert.deepEqual(keysFor(prebuildWith(city, analyzer, thesaurus).thesaurus, '回収'), []);
});

test('the bundled FAQ’s prebuilt analysis has every part, in the current format', () => {
  assert.equal(prebuilt.format, PREBUILT_FORMAT);
  assert.ok(prebuilt.lexicon.length > 50 && prebuilt.inflections.length > 20 && prebuilt.thesaurus.length > 10);
  assert.equal(prebuilt.segments.length, faq.entries.length);
  assert.equal(prebuilt.related?.length, faq.entries.length);
});

// Here rather than in loanwords.test.ts: this file loads the analyzer anyway, which takes
// seconds in each test process.
test('data with no English, prebuilt, finds its loanwords by English words', async () => {
  // The bundled FAQ without its phrasings, which hold English ways of asking.
  const plain: FaqData = { ...faq, entries: faq.entries.map(({ phrasings: _, ...entry }) => entry) };
  const index = createSearchIndex(plain, await prebuildIndex(plain));
  const first = (query: string) => search(index, query)[0]?.entry.id;
  assert.equal(first('segment'), 'segment-delivery');
  for (const [english, katakana] of [
    ['chatbot', 'チャットボット'],
    ['manual', 'マニュアル'],
    ['block', 'ブロック'],
  ])
    assert.equal(first(english), first(katakana), english);
});
