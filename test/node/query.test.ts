import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuery, MAX_QUERY_LENGTH, type QueryUnit } from '../../src/search/query.js';
import { Lexicon } from '../../src/search/lexicon.js';
import { romajiToKana } from '../../src/search/romaji.js';
import { index } from './prebuilt.js';

/** Each unit as the text typed for it and the index terms it stands for (first phrase of each sense). */
const read = (query: string, lexicon = index.lexicon) => analyzeQuery(query, lexicon).map((u) => u.text);
const standsFor = (unit: QueryUnit) => unit.senses.flatMap((s) => s.phrases.map((p) => p.join('+')));

test('particles, auxiliaries, question frames and fillers make no units', () => {
  assert.deepEqual(read('教えてください'), []);
  assert.deepEqual(read('えっと あのー どうすればいいですか'), []);
  assert.deepEqual(read('リッチメニューについて教えてください'), read('リッチメニュー'));
});

test('a reading typed in kana stands for the kanji word', () => {
  const [unit] = analyzeQuery('じちたい', index.lexicon);
  assert.ok(standsFor(unit).includes('自治体'), standsFor(unit).join());
  assert.ok(standsFor(analyzeQuery('かいらんばん', index.lexicon)[0]).some((p) => p.startsWith('回覧')));
});

test('any form of a verb stands for the forms the FAQ uses', () => {
  for (const query of ['増やしたい', '増やせる', '増やす']) {
    const [unit] = analyzeQuery(query, index.lexicon);
    assert.ok(unit && standsFor(unit).includes('増ヤス'), `${query}: ${unit && standsFor(unit).join()}`);
  }
});

test('a word the FAQ lacks is kept as an unknown unit, whole', () => {
  const units = analyzeQuery('着信音 凍結', index.lexicon);
  assert.deepEqual(
    units.map((u) => [u.text, u.senses.length]),
    [
      ['着信音', 0],
      ['凍結', 0],
    ],
  );
});

test('an unknown verb stands, weakly, for the FAQ words that begin with its kanji', () => {
  const lexicon = new Lexicon();
  for (const term of ['作成', '作業', '操作']) lexicon.addTerm(term);
  const [unit] = analyzeQuery('作りたい', lexicon);
  assert.deepEqual(standsFor(unit).sort(), ['作成', '作業']);
  assert.ok(unit.senses.every((s) => s.strength < 1));
});

test('a word still being typed also stands for the words it begins', () => {
  const [unit] = analyzeQuery('アカウン', index.lexicon);
  assert.ok(unit.prefix);
  assert.ok(standsFor(unit).includes('アカウント'));
  // Not once the word is finished with a space.
  assert.ok(analyzeQuery('アカウン ', index.lexicon).every((u) => !u.prefix));
});

test('romaji left by an IME becomes kana, but words the FAQ has in letters stay', () => {
  assert.equal(romajiToKana('tai'), 'タイ');
  assert.equal(romajiToKana('kitte'), 'キッテ');
  assert.equal(romajiToKana('voom'), null);
  assert.deepEqual(read('あかうんとtai'), read('あかうんとたい'));
  assert.ok(read('LINEのかいせつ').includes('line'));
});

test('a query typed in romaji is read as kana, word by word, short words aside', () => {
  assert.equal(romajiToKana('soudan'), 'ソウダン');
  assert.equal(romajiToKana('kaisetsu'), 'カイセツ');
  const units = analyzeQuery('LINE soudan', index.lexicon);
  assert.ok(
    units.some((u) => standsFor(u).includes('相談')),
    JSON.stringify(units.map(standsFor)),
  );
  assert.ok(analyzeQuery('koushiki kaisetsu houhou', index.lexicon).every((u) => u.senses.length > 0));
  // Data not in Japanese is searched in its own words.
  assert.ok(analyzeQuery('soudan', index.lexicon, false).every((u) => u.latin));
});

test('query syntax of Lunr is plain text and never throws', () => {
  for (const query of ['LINE:', 'title:x', ':', '~', '^', 'a~', 'a^', '-', '+', '*', 'VOOM~2', 'リッチ*'])
    assert.doesNotThrow(() => analyzeQuery(query, index.lexicon), query);
});

test('one kanji alone is a word only when no longer unknown word covers it', () => {
  // 「会社」 is not 「会」 and 「社」, two suffixes of the FAQ.
  assert.deepEqual(read('会社'), ['会社']);
});

test('an adjective says how, not what: it stands for no word of its kanji and weighs as kana', () => {
  const lexicon = new Lexicon();
  for (const term of ['新規', '新着']) lexicon.addTerm(term);
  const [unit] = analyzeQuery('新しく', lexicon);
  assert.deepEqual(standsFor(unit), []);
  assert.equal(unit.kana, true);
});

test('a noun and a verb typed without a particle between are two units', () => {
  assert.deepEqual(read('税金払える', new Lexicon()), ['税金', '払エル']);
});

test('one unknown character alone makes no unit', () => {
  const lexicon = new Lexicon();
  lexicon.addTerm('line');
  assert.deepEqual(read('市のLINE', lexicon), ['line']);
});

test('one kana or letter alone is not a word of the FAQ', () => {
  assert.deepEqual(read('LINEのa'), ['line']);
});

test('a kanji that is a function word alone is part of the word it is typed in', () => {
  // 「事」 (こと) is grammar alone, not inside 「事業者」.
  assert.deepEqual(read('事業者'), ['事業', '者']);
});

test('particles between words typed in hiragana are read as grammar, not as part of an unknown word', () => {
  for (const [query, particle] of [
    ['あかうんとをつくりたい', 'ヲ'],
    ['すたんぷのつくりかた', 'ノ'],
  ]) {
    assert.ok(
      read(query).every((text) => !text.startsWith(particle)),
      `${query}: ${read(query).join(' ')}`,
    );
  }
});

test('a kana word’s final long vowel mark is optional: ユーザー数 is read as ユーザ数', () => {
  assert.deepEqual(read('ユーザー数'), read('ユーザ数'));
  assert.deepEqual(read('りっちめにゅー'), read('りっちめにゅ'));
});

test('only the first 200 characters of a query are read', () => {
  const units = read(`リッチメニュー${'の'.repeat(MAX_QUERY_LENGTH)}警察`);
  assert.ok(units.length > 0 && !units.some((text) => text.includes('警察')), units.join(' '));
});

test('a pasted text makes at most 32 units', () => {
  const words = ['警察', '回覧板', '高齢者', 'リッチメニュー', 'スタンプ'];
  const units = analyzeQuery(Array.from({ length: 40 }, (_, i) => `${words[i % words.length]}${i}`).join(' '), index.lexicon);
  assert.equal(units.length, 32);
});

test('a word being typed stands for at most 30 of the words it begins', () => {
  const lexicon = new Lexicon();
  for (let i = 0; i < 100; i++) lexicon.addTerm(`ab${i}`);
  const [unit] = analyzeQuery('ab', lexicon);
  assert.ok(unit.prefix && unit.senses.length > 0 && unit.senses.length <= 30, `${unit.senses.length} senses`);
});
