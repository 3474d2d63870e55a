import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqData } from '../../src/data/faq-types.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { analyzeQuery, type QueryUnit } from '../../src/search/query.js';
import { Lexicon } from '../../src/search/lexicon.js';
import { matchUnits, FIELD_STRENGTH, type Matches } from '../../src/search/match.js';
import { precisionGate, questionProfiles, scoreEntries, SCORING, unitWeights, type Scored } from '../../src/search/score.js';
import { search } from '../../src/search/search.js';

// A small FAQ of a city, indexed at run time (Intl.Segmenter), without a prebuilt analysis.
const city: FaqData = {
  lang: 'ja',
  categories: [
    { id: 'garbage', label: 'ごみ' },
    { id: 'tax', label: '税金' },
  ],
  synonyms: [['粗大ごみ', '大型ごみ']],
  entries: [
    { id: 'bulky', category: 'garbage', question: '粗大ごみの出し方を教えてください', answer: '電話で申し込み、収集日に出してください。' },
    {
      id: 'days',
      category: 'garbage',
      question: 'ごみの収集日はいつですか',
      answer: '地区ごとに決まっています。カレンダーをご覧ください。',
    },
    { id: 'calendar', category: 'garbage', question: 'ごみカレンダーはどこでもらえますか', answer: '市役所の窓口で配布しています。' },
    { id: 'pay', category: 'tax', question: '住民税の納付方法を教えてください', answer: 'コンビニ、口座振替、スマホ決済で納付できます。' },
    { id: 'deadline', category: 'tax', question: '住民税の納期限はいつですか', answer: '6月、8月、10月、翌年1月の末日です。' },
  ],
};
const index = createSearchIndex(city);
const stages = (query: string) => {
  const units = analyzeQuery(query, index.lexicon);
  const matches = matchUnits(index, units);
  const weights = unitWeights(units, matches, index.entries.length, index.lexicon);
  return { units, matches, weights, scored: scoreEntries(matches, weights, questionProfiles(index)) };
};
const scoredOf = (query: string, id: string) => stages(query).scored.find((s) => index.entries[s.ref].id === id);

test('a rare word weighs more than a common one', () => {
  const { units, weights } = stages('ごみ 粗大');
  const weightOf = (text: string) => weights[units.findIndex((u) => u.text.includes(text))];
  assert.ok(weightOf('粗大') > weightOf('ゴミ'), `${weightOf('粗大')} > ${weightOf('ゴミ')}`);
});

test('a word the FAQ lacks weighs as much as the rarest word it has', () => {
  const { units, weights } = stages('粗大 ラーメン');
  assert.equal(units[1].senses.length, 0);
  assert.ok(weights[1] >= weights[0]);
});

test('coverage is the share of the query weight an entry holds', () => {
  assert.equal(scoredOf('粗大ごみ 出し方', 'bulky')!.coverage.toFixed(2), '1.00');
  const partial = scoredOf('ごみ 住民税', 'days')!;
  assert.ok(partial.coverage > 0 && partial.coverage < 1);
});

test('question coverage prefers the entry whose question is about the query and nothing else', () => {
  const days = scoredOf('収集日', 'days')!;
  const bulky = scoredOf('収集日', 'bulky')!;
  assert.ok(days.questionCoverage > bulky.questionCoverage);
  assert.equal(search(index, '収集日')[0].entry.id, 'days');
});

test('a word held only in the answer counts for less than one in the question', () => {
  assert.ok(FIELD_STRENGTH.a <= FIELD_STRENGTH.q && FIELD_STRENGTH.c < FIELD_STRENGTH.q);
  const inCategory = stages('税金').matches.perUnit[0];
  for (const held of inCategory.values()) assert.equal(held.strength, FIELD_STRENGTH.c);
});

test('the data’s synonyms find the entry that uses the other word, and mark that word', () => {
  const [hit] = search(index, '大型ごみ');
  assert.equal(hit.entry.id, 'bulky');
  assert.deepEqual(hit.highlights.question.map(([s, e]) => hit.entry.question.slice(s, e)).join(''), '粗大ごみ');
});

test('the gate shows answers, near matches or nothing from the best match', () => {
  const at = (match: number, ref = 0): Scored => ({ ref, coverage: match, questionCoverage: 0, claim: match, match, score: match });
  assert.deepEqual(precisionGate([at(0.9), at(0.8, 1)]), { kept: [at(0.9), at(0.8, 1)], near: false });
  const near = precisionGate([at(SCORING.near + 0.01)]);
  assert.equal(near.kept.length, 1);
  assert.equal(near.near, true);
  assert.deepEqual(precisionGate([at(SCORING.near - 0.01)]), { kept: [], near: false });
});

test('words held only in an entry’s phrasings rank it, but claim an answer only when its phrasings or its text hold most of the query', () => {
  const at = (claim: number): Scored => ({ ref: 0, coverage: 1, questionCoverage: 0, claim, match: 1, score: 1 });
  assert.equal(precisionGate([at(SCORING.confident)]).near, false);
  assert.equal(precisionGate([at(SCORING.confident - 0.01)]).near, true);
});

test('entries far below the best one are left out', () => {
  const at = (match: number, ref: number): Scored => ({ ref, coverage: match, questionCoverage: 0, claim: match, match, score: match });
  const { kept } = precisionGate([at(1, 0), at(SCORING.keepBelowBest + 0.05, 1), at(SCORING.keepBelowBest - 0.05, 2)]);
  assert.deepEqual(
    kept.map((s) => s.ref),
    [0, 1],
  );
});

test('an off-topic query sharing one generic word with the FAQ claims no answer: near matches at most', () => {
  for (const query of ['ごみ ラーメン 美味しい店', '住民税 パスポート 更新']) {
    const hits = search(index, query);
    assert.ok(
      hits.every((hit) => hit.near),
      query,
    );
  }
});

test('a query without a prebuilt analysis still finds entries by their words', () => {
  assert.equal(search(index, '住民税 納付')[0].entry.id, 'pay');
  assert.equal(search(index, '納期限')[0].entry.id, 'deadline');
});

// Stage tests on made-up matches: one unit per word, `holders` entries holding each.
const unit = (text: string, term = text): QueryUnit => ({
  text,
  senses: [{ phrases: [[term]], strength: 1 }],
  bigrams: [],
  prefix: false,
  latin: false,
  kana: false,
});
const heldBy = (...refs: number[]) => new Map(refs.map((ref) => [ref, { strength: 1, forms: ['x'] }]));
const matchesOf = (perUnit: Matches['perUnit'], relevance: Array<[number, number]> = []): Matches => ({
  perUnit,
  relevance: new Map(relevance),
});

test('a verb weighs less than a noun held by as many entries', () => {
  const lexicon = new Lexicon();
  lexicon.predicateTerms.add('増ヤシ');
  const weights = unitWeights([unit('増やし', '増ヤシ'), unit('友だち')], matchesOf([heldBy(0), heldBy(1)]), 10, lexicon);
  assert.ok(weights[0] < weights[1], `${weights[0]} < ${weights[1]}`);
});

test('one kanji alone weighs less than a word of two held by as many entries', () => {
  const weights = unitWeights([unit('数'), unit('人数')], matchesOf([heldBy(0), heldBy(1)]), 10, new Lexicon());
  assert.ok(weights[0] < weights[1], `${weights[0]} < ${weights[1]}`);
});

test('among entries that hold the query alike, Lunr’s relevance orders them', () => {
  const scored = scoreEntries(
    matchesOf(
      [heldBy(0, 1)],
      [
        [0, 1],
        [1, 3],
      ],
    ),
    [1],
    [],
  );
  assert.deepEqual(
    precisionGate(scored).kept.map((s) => s.ref),
    [1, 0],
  );
});

test('the gate keeps the data order among equal scores', () => {
  const at = (ref: number): Scored => ({ ref, coverage: 1, questionCoverage: 0, claim: 1, match: 1, score: 1 });
  assert.deepEqual(
    precisionGate([at(2), at(0), at(1)]).kept.map((s) => s.ref),
    [0, 1, 2],
  );
});

test('an entry whose question the query holds whole is a near match though it holds less of the query', () => {
  // It holds the first word only (40 % of the query), and its question is that word alone.
  const questions = [{ weights: new Map([['x', 2]]), total: 2 }];
  const [scored] = scoreEntries(matchesOf([heldBy(0), new Map()]), [2, 3], questions);
  assert.ok(scored.coverage < SCORING.near && scored.match >= SCORING.near, JSON.stringify(scored));
  assert.deepEqual(precisionGate([scored]), { kept: [scored], near: true });
});

test('entries holding too little of the query to be shown are not scored', () => {
  // Entry 1 holds a tenth of the query's weight: even a question the query holds whole would not lift it to the gate.
  const scored = scoreEntries(matchesOf([heldBy(0, 1), heldBy(0)]), [1, 9], []);
  assert.deepEqual(
    scored.map((s) => s.ref),
    [0],
  );
});

test('the parts of a compound typed as one weigh together what the compound weighs, not the sum of the parts', () => {
  // 「リッチ」 and 「メニュー」 are each held by three entries, together by two of them.
  const parts = (compound?: number) => [
    { ...unit('リッチ'), compound },
    { ...unit('メニュー'), compound },
  ];
  const matches = matchesOf([heldBy(0, 1, 2), heldBy(0, 1, 3)]);
  const sum = (weights: number[]) => weights.reduce((a, b) => a + b, 0);
  const together = sum(unitWeights(parts(1), matches, 10, new Lexicon()));
  const apart = sum(unitWeights(parts(), matches, 10, new Lexicon()));
  assert.ok(together < apart, `${together} < ${apart}`);
});
