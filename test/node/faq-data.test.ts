import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { validateFaq } from '../../src/data/validate-faq.js';
import { foldRadicals } from '../../src/data/fold-radicals.js';
import type { FaqData } from '../../src/data/faq-types.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const faq: FaqData = JSON.parse(read('data/faq.ja.json'));
const schema = JSON.parse(read('data/faq.schema.json'));
const seed = read('data/source/line-gov-faq-seed.txt');
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);

const CATEGORY_IDS = ['about-line', 'partner-program', 'official-account', 'stickers', 'line-pay', 'consultation', 'other'];

test('the shipped FAQ is valid against data/faq.schema.json', () => {
  assert.equal(validateWithSchema(faq), true, JSON.stringify(validateWithSchema.errors, null, 2));
});

test('the shipped FAQ passes the widget’s own validation', () => {
  const result = validateFaq(faq);
  assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems));
});

test('it has 53 entries in 7 categories, in the seed’s order, with the seed’s labels', () => {
  assert.equal(faq.entries.length, 53);
  assert.deepEqual(
    faq.categories.map((c) => c.id),
    CATEGORY_IDS,
  );
  const seedLines = seed.split('\n');
  for (const { label } of faq.categories) assert.ok(seedLines.includes(label), `label ${label} is a line of the seed`);
  const counts = CATEGORY_IDS.map((id) => faq.entries.filter((e) => e.category === id).length);
  assert.deepEqual(counts, [5, 4, 25, 1, 2, 7, 9]);
});

test('the user interface tests’ own small FAQ is valid (test/fixtures/small-faq.js)', async () => {
  const { smallFaq } = await import('../fixtures/small-faq.js');
  assert.equal(validateWithSchema(smallFaq), true, JSON.stringify(validateWithSchema.errors, null, 2));
  const result = validateFaq(smallFaq);
  assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems));
});

test('entries are grouped by category in category order', () => {
  const order = faq.entries.map((e) => CATEGORY_IDS.indexOf(e.category));
  assert.ok(order.every((n, i) => n >= 0 && (i === 0 || n >= order[i - 1])));
});

test('entry ids are unique, URL-safe descriptive slugs', () => {
  const ids = faq.entries.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) {
    assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, `${id} is a lowercase slug of words`);
    assert.equal(encodeURIComponent(id), id);
  }
});

test('questions are the seed’s lines verbatim, in seed order', () => {
  const lines = seed.split('\n');
  let previous = -1;
  for (const { question } of faq.entries) {
    const at = lines.indexOf(question, previous + 1);
    assert.ok(at > previous, `question found after line ${previous}: ${question}`);
    previous = at;
  }
});

test('questions and answers hold all the seed’s text and nothing else, apart from joined line breaks and radicals made kanji', () => {
  const labels = new Set(faq.categories.map((c) => c.label));
  const seedText = foldRadicals(seed)
    .split('\n')
    .filter((line, i) => !(i < 3 && line.startsWith('- ')) && !(i < 3 && line === 'よくある質問') && !labels.has(line))
    .join('');
  const dataText = faq.entries.map((e) => e.question + e.answer.replaceAll('\n', '')).join('');
  assert.equal(dataText, seedText);
});

test('the seed’s broken sentences are joined', () => {
  const answers = faq.entries.map((e) => e.answer).join('\n');
  assert.ok(answers.includes('サポートを受けることができます。'));
  assert.ok(answers.includes('仕様によって異なりますので'));
  assert.ok(!/ことがで\n/.test(answers) && !/によって\n/.test(answers));
});

test('every URL in the seed appears in the data exactly as written', () => {
  const urls = seed.match(/https?:\/\/[\x21-\x7e]+?(?=[)\s]|$|[^\x21-\x7e])/g) ?? [];
  assert.ok(urls.length >= 40, `found ${urls.length} URLs`);
  const answers = faq.entries.map((e) => e.answer).join('\n');
  for (const url of urls) assert.ok(answers.includes(url), `${url} is in an answer`);
});

const BAD_DATA: Array<[string, unknown]> = [
  ['not an object', []],
  ['missing entries', { lang: 'ja', categories: [{ id: 'a', label: 'A' }] }],
  ['empty entries', { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [] }],
  [
    'question is a number',
    { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: 1, answer: 'y' }] },
  ],
  [
    'blank answer',
    { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: 'q', answer: '  ' }] },
  ],
  [
    'id with a space',
    { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x y', category: 'a', question: 'q', answer: 'y' }] },
  ],
  ['category without label', { lang: 'ja', categories: [{ id: 'a' }], entries: [{ id: 'x', category: 'a', question: 'q', answer: 'y' }] }],
  [
    'a synonym group of one word',
    {
      lang: 'ja',
      categories: [{ id: 'a', label: 'A' }],
      synonyms: [['無料']],
      entries: [{ id: 'x', category: 'a', question: 'q', answer: 'y' }],
    },
  ],
  [
    'an id of 150 characters',
    { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x'.repeat(150), category: 'a', question: 'q', answer: 'y' }] },
  ],
  [
    'a blank title',
    { lang: 'ja', title: '  ', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: 'q', answer: 'y' }] },
  ],
  [
    'keywords that are not a list',
    {
      lang: 'ja',
      categories: [{ id: 'a', label: 'A' }],
      entries: [{ id: 'x', category: 'a', question: 'q', answer: 'y', keywords: '無料' }],
    },
  ],
];

test('the widget’s validation rejects what the schema rejects', () => {
  for (const [name, data] of BAD_DATA) {
    assert.equal(validateWithSchema(data), false, `schema rejects: ${name}`);
    assert.equal(validateFaq(data).ok, false, `validateFaq rejects: ${name}`);
  }
});

test('the widget’s validation also rejects duplicate ids and unknown categories, naming the entry', () => {
  const base = { lang: 'ja', categories: [{ id: 'a', label: 'A' }] };
  const duplicate = validateFaq({
    ...base,
    entries: [
      { id: 'x', category: 'a', question: 'q', answer: 'y' },
      { id: 'x', category: 'a', question: 'q2', answer: 'y' },
    ],
  });
  assert.equal(duplicate.ok, false);
  assert.deepEqual(!duplicate.ok && duplicate.problems[0], {
    path: '/entries/1/id',
    id: 'x',
    code: 'duplicate-entry',
    value: 'x',
    message: 'Entry id "x" is used twice.',
  });
  const unknown = validateFaq({ ...base, entries: [{ id: 'x', category: 'nope', question: 'q', answer: 'y' }] });
  assert.equal(unknown.ok, false);
  assert.equal(!unknown.ok && unknown.problems[0].path, '/entries/0/category');
});

test('data/faq.ja.json is what scripts/seed-to-json.mjs makes of the source copy', async () => {
  const { seedToFaq } = await import('../../scripts/seed-to-json.mjs');
  const { phrasings } = JSON.parse(read('data/source/phrasings.ja.json'));
  assert.deepEqual(seedToFaq(seed, { ...JSON.parse(read('data/source/synonyms.ja.json')), phrasings }), faq);
});

test('the compiled validator is current with data/faq.schema.json (else: npm run schema)', async () => {
  const { compileSchema, OUTPUT } = await import('../../scripts/compile-schema.mjs');
  assert.equal(readFileSync(OUTPUT, 'utf8'), compileSchema());
});

test('every problem is found in one pass: schema problems, duplicate ids and unknown categories together', () => {
  const result = validateFaq({
    lang: 'ja',
    categories: [{ id: 'garbage', label: 'ごみ' }],
    entries: [
      { id: 'bulky', category: 'garbage', question: '', answer: '申し込んでください。' },
      { id: 'bulky', category: 'garbge', question: '粗大ごみは?', answer: '申し込んでください。' },
      { id: 'notice', category: 'garbage', question: 'ごみの日は?' },
      { id: 'bad id', category: 'garbage', question: '収集日は?', answer: '月曜日です。' },
    ],
  });
  assert.equal(result.ok, false);
  const problems = !result.ok ? result.problems : [];
  assert.deepEqual(
    problems.map((p) => [p.path, p.code]),
    [
      ['/entries/0/question', 'empty-text'],
      ['/entries/1/id', 'duplicate-entry'],
      ['/entries/1/category', 'unknown-category'],
      ['/entries/2/answer', 'missing'],
      ['/entries/3/id', 'slug'],
    ],
  );
});

test('problems are described in Japanese and in English', async () => {
  const { describeProblems } = await import('../../src/data/validate-faq.js');
  const result = validateFaq({
    lang: 'ja',
    categories: [{ id: 'a', label: 'A' }],
    entries: [{ id: 'x', category: 'b', question: 'q', answer: 'y' }],
  });
  const problems = !result.ok ? result.problems : [];
  assert.deepEqual(describeProblems(problems, 'city.json', 'ja'), [
    'city.json: /entries/0/category（ID「x」）: カテゴリ「b」は categories にありません。',
  ]);
  assert.deepEqual(describeProblems(problems, 'city.json', 'en'), [
    'city.json: /entries/0/category (id "x"): Entry category "b" is not one of the categories.',
  ]);
});

test('a prebuilt index of another format is no reason to refuse the FAQ: the index is ignored where it is used', () => {
  const data = {
    lang: 'ja',
    categories: [{ id: 'a', label: 'A' }],
    entries: [{ id: 'x', category: 'a', question: 'q', answer: 'y' }],
    index: { format: 'line-gov-faq-index/1', terms: [1, 2] },
  };
  assert.equal(validateFaq(data).ok, true);
  assert.equal(validateFaq({ ...data, index: 'not an object' }).ok, false);
});

test('the data holds no Kangxi radical, which fonts lack and search does not take for the kanji it looks like', () => {
  assert.ok(/[\u2F00-\u2FD5]/.test(seed), 'the seed has radicals for this test to mean something');
  assert.doesNotMatch(JSON.stringify(faq), /[\u2F00-\u2FD5]/);
  assert.ok(faq.entries.some((e) => e.answer.includes('地方公共団体プラン 媒体資料')));
});
