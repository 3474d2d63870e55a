import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithOffsets } from '../../src/search/normalize.js';
import { tokenize, bigrams, bigramKey, bigramKeysOfClean, clean } from '../../src/search/analyze.js';

test('full-width Latin letters, digits and spaces become ASCII', () => {
  assert.equal(normalize('ＬＩＮＥ　Ｐａｙ１２３'), 'line pay123');
});

test('half-width katakana becomes full-width, voiced marks included', () => {
  assert.equal(normalize('ﾘｯﾁﾒﾆｭｰ'), normalize('リッチメニュー'));
  assert.equal(normalize('ｶﾞｲﾄﾞ'), 'ガイド');
});

test('CJK radicals become the ideographs they stand for', () => {
  assert.equal(normalize('地⽅公共団体'), '地方公共団体');
  assert.equal(normalize('適⽤'), '適用');
});

test('upper case folds to lower case', () => {
  assert.equal(normalize('LINE VOOM Govtech'), 'line voom govtech');
});

test('hiragana folds to katakana', () => {
  assert.equal(normalize('りっちめにゅー'), normalize('リッチメニュー'));
  assert.equal(normalize('友だち'), '友ダチ');
});

test('small kana fold to large ones, except ッ', () => {
  assert.equal(normalize('キャッシュ'), 'キヤッシユ');
  assert.equal(normalize('キヤッシユ'), normalize('キャッシュ'));
});

test('a small ッ inside a loanword is not a ツ: 「ツイ」 of 「ツイッター」 is not inside について', () => {
  assert.ok(!normalize('について').includes(normalize('ツイッ')));
  assert.notEqual(normalize('ニッイ'), normalize('ニツイ'));
});

test('a vowel that lengthens the kana before it inside a word folds to ー', () => {
  assert.equal(normalize('りっちめにゅう'), normalize('リッチメニュー'));
  assert.equal(normalize('ゆーざー'), normalize('ユーザー'));
  assert.equal(normalize('そうだん'), normalize('ソウダン'));
  assert.equal(normalize('けいさつ'), 'ケーサツ');
  assert.equal(normalize('ウィンドウ'), normalize('ウインドー'));
});

test('long vowels do not fold across a particle and the next word', () => {
  assert.equal(normalize('がありますか'), 'ガアリマスカ');
  assert.equal(normalize('にいる'), 'ニイル');
});

test('kana folding keeps one character for one', () => {
  for (const text of ['りっちめにゅう', 'キャッシュレス', 'ゆーざー数']) assert.equal(normalize(text).length, text.length);
});

test('offsets point back into the original text', () => {
  const { text, start, end } = normalizeWithOffsets('AｶﾞB');
  assert.equal(text, 'aガb');
  assert.deepEqual(start, [0, 1, 3]);
  assert.deepEqual(end, [1, 3, 4]);
});

test('a final long vowel mark is dropped from katakana words', () => {
  assert.deepEqual(tokenize('ユーザー'), tokenize('ユーザ'));
  assert.deepEqual(tokenize('メニュー'), [normalize('メニュ')]);
});

test('brackets and punctuation separate words and are never terms', () => {
  const terms = tokenize('「認証済アカウント」(承認)・※?。');
  assert.ok(terms.length > 0);
  for (const term of terms) assert.match(term, /^[\p{L}\p{N}]+$/u);
});

test('URLs are left out of the terms', () => {
  assert.deepEqual(tokenize('詳細 https://www.lycbiz.com/jp/partner/'), tokenize('詳細'));
});

test('particles that lunr-languages ja lists as stop words are dropped', () => {
  assert.ok(!tokenize('友だちを増やす').includes('ヲ'));
});

test('bigrams cover each run of Japanese text, and a lone character stands for itself', () => {
  assert.deepEqual(bigrams('回覧板'), ['回覧', '覧板']);
  assert.deepEqual(bigrams('Aの B'), ['ノ']);
});

test('bigram keys are the bigrams, one number each, for every bundled text', async () => {
  const { faq } = await import('./prebuilt.js');
  const texts = faq.entries.flatMap((e) => [e.question, e.answer]).concat(['回', 'Aの B', 'ｶﾞｲﾄﾞ 𠮷野家']);
  for (const text of texts) assert.deepEqual(bigramKeysOfClean(clean(text)), bigrams(text).map(bigramKey), text);
  assert.notEqual(bigramKey('回覧'), bigramKey('覧回'));
  assert.notEqual(bigramKey('回'), bigramKey('回覧'));
});

/** The folding rules, as they read, a character at a time (foldKana is written for speed). */
function foldKanaByRule(text: string): string {
  const large: Record<string, string> = {
    ァ: 'ア',
    ィ: 'イ',
    ゥ: 'ウ',
    ェ: 'エ',
    ォ: 'オ',
    ャ: 'ヤ',
    ュ: 'ユ',
    ョ: 'ヨ',
    ヮ: 'ワ',
    ヵ: 'カ',
    ヶ: 'ケ',
  };
  const vowels: Record<string, string> = {};
  for (const [vowel, kana] of Object.entries({
    a: 'アカサタナハマヤラワガザダバパ',
    i: 'イキシチニヒミリギジヂビピ',
    u: 'ウクスツヌフムユルグズヅブプヴ',
    e: 'エケセテネヘメレゲゼデベペ',
    o: 'オコソトノホモヨロゴゾドボポヲ',
  }))
    for (const k of kana) vowels[k] = vowel;
  const lengthens: Record<string, string> = { ウ: 'uo', イ: 'e' };
  let out = '';
  let vowel: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let char = code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : text[i];
    char = large[char] ?? char;
    if (vowel && lengthens[char]?.includes(vowel)) {
      out += 'ー';
      vowel = undefined;
      continue;
    }
    out += char;
    if (char !== 'ー') vowel = vowels[char];
  }
  return out;
}

test('kana folding follows its rules for every pair of kana, kana after a long mark, and texts of any length', async () => {
  const { foldKana } = await import('../../src/search/normalize.js');
  const block = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(0x3000 + c));
  const around = ['a', '申', '、', ' ', '\u{20000}'];
  for (const first of [...block, ...around])
    for (const second of [...block, ...around]) assert.equal(foldKana(first + second), foldKanaByRule(first + second), first + second);
  for (const first of block)
    for (const second of 'ウイーおうえい') assert.equal(foldKana(`${first}ー${second}`), foldKanaByRule(`${first}ー${second}`));
  const { faq } = await import('./prebuilt.js');
  const long = faq.entries
    .map((entry) => entry.question + entry.answer)
    .join('')
    .repeat(2);
  assert.ok(long.length > 3 * 4096);
  assert.equal(foldKana(long), foldKanaByRule(long));
  // Longer than the space folding reuses (an answer highlighted whole), and a short text after it.
  const longer = long.repeat(4);
  assert.ok(longer.length > 20_000);
  assert.equal(foldKana(longer), foldKanaByRule(longer));
  assert.equal(foldKana('そうだん'), 'ソーダン');
});
