import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { runCli } from '../../src/cli/cli.js';
import { parseCsv } from '../../src/data/parse-csv.js';
import { sheetProblemMessage, sheetToFaq } from '../../src/data/sheet-to-faq.js';
import { PREBUILT_FORMAT } from '../../src/search/search-index.js';
import { shiftJis } from './shift-jis.js';

const dir = mkdtempSync(join(tmpdir(), 'line-gov-faq-import-'));
async function run(lang: 'ja' | 'en', ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang });
  return { status, out, err };
}
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// An imaginary city's FAQ, as Excel saves it: a quoted cell with a line break and a comma.
const LINES = [
  'カテゴリ,質問,回答,キーワード',
  'ごみ,粗大ごみの出し方は?,"電話で申し込んでください。\r\n受付は平日です。",粗大、大型ごみ',
  '税金,住民税はどこで払えますか?,"コンビニ、銀行、スマホ決済で払えます。",',
  'ごみ,ごみの日を知りたい,"LINEで通知します。tel:0120-000-000",収集日,カレンダー',
  '',
  'LINE,友だち追加の方法は?,QRコードを読み取ってください。,',
];
const CSV = LINES.join('\r\n');

test('the 言い換え column gives each entry its phrasings, one a line, commas kept', () => {
  const result = sheetToFaq(
    parseCsv('カテゴリ,質問,回答,言い換え\r\nごみ,粗大ごみの出し方は?,申し込んでください。,"ソファ、捨てたい\r\nold sofa"'),
  );
  assert.ok(result.ok);
  assert.deepEqual(result.faq.entries[0].phrasings, ['ソファ、捨てたい', 'old sofa']);
});

test('CSV: quoted cells keep separators, quotes and line breaks', () => {
  assert.deepEqual(parseCsv('a,"b,c","d ""e""\r\nf"\r\n1,2,3'), [
    ['a', 'b,c', 'd "e"\nf'],
    ['1', '2', '3'],
  ]);
});

test('a sheet becomes FAQ data: categories in order of first appearance, line breaks kept, keywords split', () => {
  const result = sheetToFaq(parseCsv(CSV));
  assert.ok(result.ok);
  const { faq, rows } = result;
  assert.deepEqual(faq.categories, [
    { id: 'category-1', label: 'ごみ' },
    { id: 'category-2', label: '税金' },
    { id: 'line', label: 'LINE' },
  ]);
  assert.equal(faq.entries[0].answer, '電話で申し込んでください。\n受付は平日です。');
  assert.deepEqual(faq.entries[0].keywords, ['粗大', '大型ごみ']);
  assert.equal(faq.entries[1].keywords, undefined);
  assert.deepEqual(rows, [2, 3, 4, 6]);
  assert.deepEqual(
    faq.entries.map((e) => e.category),
    ['category-1', 'category-2', 'category-1', 'line'],
  );
});

test('entry ids are the same when the same sheet is imported again, even with its rows in another order', () => {
  const first = sheetToFaq(parseCsv(CSV));
  const reordered = sheetToFaq(parseCsv([LINES[0], LINES[5], LINES[3], LINES[1], LINES[2]].join('\r\n')));
  assert.ok(first.ok && reordered.ok);
  const idOf = (faq: typeof first.faq, question: string) => faq.entries.find((e) => e.question === question)!.id;
  for (const { question, id } of first.faq.entries) {
    assert.match(id, /^q-[0-9a-z]+$/);
    assert.equal(idOf(reordered.faq, question), id);
  }
});

test('an ID column gives the ids', () => {
  const result = sheetToFaq([
    ['ID', 'category', 'question', 'answer'],
    ['bulky-waste', 'Garbage', 'Bulky waste?', 'Call us.'],
  ]);
  assert.ok(result.ok);
  assert.equal(result.faq.entries[0].id, 'bulky-waste');
  assert.deepEqual(result.faq.categories, [{ id: 'garbage', label: 'Garbage' }]);
});

test('import writes valid data with its search index, from UTF-8 with BOM', async () => {
  const input = write('city.csv', '\uFEFF' + CSV);
  const output = join(dir, 'city.json');
  const result = await run('ja', 'import', input, '-o', output);
  assert.equal(result.status, 0, result.err.join('\n'));
  const faq = readJson(output);
  assert.equal(faq.lang, 'ja');
  assert.equal(faq.entries.length, 4);
  assert.equal(faq.index.format, PREBUILT_FORMAT);
  assert.equal((await run('en', 'validate', output)).status, 0);
  assert.deepEqual(result.out.slice(-5), [
    'カテゴリ（categories 属性に書くID: 表示名）:',
    '  category-1: ごみ',
    '  category-2: 税金',
    '  line: LINE',
    '次に city.json をサーバーにアップロードし、<line-gov-faq src="/…/city.json"></line-gov-faq> と書いてください。',
  ]);
});

test('a Shift_JIS CSV (Japanese Excel) is read the same as UTF-8', async () => {
  const utf8 = join(dir, 'utf8.json');
  const sjis = join(dir, 'sjis.json');
  assert.equal((await run('en', 'import', write('utf8.csv', CSV), '-o', utf8, '--no-index')).status, 0);
  const result = await run('en', 'import', write('sjis.csv', shiftJis(CSV)), '-o', sjis, '--no-index');
  assert.equal(result.status, 0, result.err.join('\n'));
  assert.deepEqual(readJson(sjis), readJson(utf8));
});

test('an .xlsx sheet with English headers is imported', async () => {
  const rows = [
    ['Category', 'Question', 'Answer', 'Keywords'],
    ['Taxes', 'How can I pay my resident tax?', 'At a convenience store,\nor by bank transfer.', 'payment, tax'],
    ['Garbage', 'When is burnable garbage collected?', 'On Mondays.', null],
  ].map((row) => row.map((value) => (value === null ? null : { value })));
  const input = join(dir, 'city.xlsx');
  await (await writeXlsxFile(rows)).toFile(input);
  const output = join(dir, 'xlsx.json');
  const result = await run('en', 'import', input, '-o', output, '--lang', 'en', '--title', 'Sample City FAQ');
  assert.equal(result.status, 0, result.err.join('\n'));
  const faq = readJson(output);
  assert.equal(faq.title, 'Sample City FAQ');
  assert.equal(faq.index, undefined, 'the prebuilt analysis is Japanese only');
  assert.deepEqual(faq.categories, [
    { id: 'taxes', label: 'Taxes' },
    { id: 'garbage', label: 'Garbage' },
  ]);
  assert.equal(faq.entries[0].answer, 'At a convenience store,\nor by bank transfer.');
  assert.deepEqual(faq.entries[0].keywords, ['payment', 'tax']);
});

test('every problem of a sheet is reported with its row, and nothing is written', async () => {
  const csv = ['カテゴリ,質問,回答', 'ごみ,粗大ごみは?,', 'ごみ,,電話で。', ',収集日は?,月曜日です。'].join('\n');
  const output = join(dir, 'never.json');
  const result = await run('ja', 'import', write('holes.csv', csv), '-o', output);
  assert.equal(result.status, 1);
  assert.deepEqual(
    result.err.map((l) => l.replace(/^.*holes\.csv: /, '')),
    ['2行目（C列）: 「回答」が空です。', '3行目（B列）: 「質問」が空です。', '4行目（A列）: 「カテゴリ」が空です。'],
  );
  assert.throws(() => readFileSync(output));
  const english = await run('en', 'import', join(dir, 'holes.csv'), '-o', output);
  assert.equal(english.err[0].replace(/^.*holes\.csv: /, ''), 'row 2, column C: the answer is empty.');
});

test('a column the widget does not use is passed over and named; an empty file and a missing column are named', async () => {
  const unknown = await run(
    'ja',
    'import',
    write('unknown.csv', 'No.,カテゴリ,質問,回答,備考\n1,ごみ,q,a,x'),
    '-o',
    join(dir, 'unknown.json'),
    '--no-index',
  );
  assert.equal(unknown.status, 0);
  assert.match(unknown.err[0], /1行目（A列）: 見出し「No\.」の列は使わずに読み込みました。/);
  assert.match(unknown.err[1], /1行目（E列）: 見出し「備考」の列は使わずに読み込みました。/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'unknown.json'), 'utf8')).entries[0].question, 'q');
  const both = await run('ja', 'import', write('both.csv', 'カテゴリ,質問,回答,備考\nごみ,粗大ごみは?,,x'), '-o', join(dir, 'x.json'));
  assert.equal(both.status, 1);
  assert.deepEqual(
    both.err.map((l) => l.replace(/^.*both\.csv: /, '').slice(0, 26)),
    ['注意: 1行目（D列）: 見出し「備考」の列は使わず', '2行目（C列）: 「回答」が空です。'],
  );
  const empty = await run('en', 'import', write('empty.csv', '\uFEFF\r\n'), '-o', join(dir, 'x.json'));
  assert.equal(empty.status, 1);
  assert.match(empty.err[0], /empty\.csv: The file is empty\./);
  const missing = await run('en', 'import', write('missing.csv', 'question,answer\nq,a'), '-o', join(dir, 'x.json'));
  assert.match(missing.err[0], /row 1: there is no "category" column\. The headers of this row are "question", "answer"/);
  const renamed = await run('ja', 'import', write('renamed.csv', '種別,質問,回答\nごみ,q,a'), '-o', join(dir, 'x.json'));
  assert.equal(renamed.status, 1);
  assert.match(
    renamed.err.join('\n'),
    /見出し「カテゴリ」の列がありません。この行の見出しは「種別」「質問」「回答」です。カテゴリの列の見出しを「カテゴリ」に書き換えてください。/,
  );
});

test('the spreadsheets cities have: a title row above the headers, common header names, empty rows, a question asked twice', () => {
  const result = sheetToFaq(
    parseCsv(
      [
        '令和6年度 LINE公式アカウントに関するFAQ,,,',
        '更新日: 2024-04-01,,,',
        ',,,',
        'No.,分類,質問内容,回答内容',
        '1,ごみ,粗大ごみの出し方は?,電話で申し込みます。',
        ',,,',
        '2,ごみ,粗大ごみの出し方は？,電話で申し込みます。',
        '3,防災,避難所はどこ?,地図をご覧ください。',
        ',,,',
      ].join('\n'),
    ),
  );
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(
    result.faq.entries.map((e) => e.question),
    ['粗大ごみの出し方は?', '粗大ごみの出し方は？', '避難所はどこ?'],
  );
  assert.deepEqual(
    result.warnings.map((w) => [w.code, w.row]),
    [
      ['rows-above-header', 4],
      ['unknown-column', 4],
      ['empty-row', 6],
      ['duplicate-question', 7],
    ],
  );
  assert.equal(
    sheetProblemMessage(result.warnings[0], 'ja'),
    '1、2行目は見出しより上にあるため読み飛ばしました。見出しは4行目と判断しました。',
  );
  assert.equal(
    sheetProblemMessage(result.warnings[3], 'ja'),
    '7行目（C列）: 同じ質問が5行目にもあります。どちらか一方にまとめてください。',
  );
});

test('an ID column with a bad id is reported by its row and column', async () => {
  const result = await run(
    'en',
    'import',
    write('ids.csv', 'id,category,question,answer\nok,a,q,x\nnot ok,a,q2,y'),
    '-o',
    join(dir, 'x.json'),
    '--no-index',
  );
  assert.equal(result.status, 1);
  assert.deepEqual(
    result.err.map((l) => l.replace(/^.*ids\.csv: /, '')),
    ['row 3, column A: id (id "not ok"): "id" "not ok" must be letters, digits, "-" or "_", starting with a letter or digit.'],
  );
});

test('the spreadsheet reader stays in the command-line tool: never in the widget’s bundle or package modules', () => {
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  assert.ok(!('read-excel-file' in (pkg.dependencies ?? {})), 'bundled into dist/cli.js, so not a dependency');
  assert.match(read('dist/cli.js'), /sharedStrings/, 'the tool does carry it (so the check below can fail)');
  assert.doesNotMatch(read('dist/line-gov-faq.js'), /sharedStrings|read-excel-file/);
});

test('a よく見られている質問 column marks the questions shown first; the data keeps the mark and the markup carries it', async () => {
  const result = sheetToFaq(
    parseCsv(
      ['カテゴリ,質問,回答,よく見られている質問', 'ごみ,粗大ごみは?,電話で。,○', 'ごみ,収集日は?,月曜日。,', '税,納期は?,毎月末。,×'].join(
        '\n',
      ),
    ),
  );
  assert.ok(result.ok);
  assert.deepEqual(
    result.faq.entries.map((e) => e.featured ?? false),
    [true, false, false],
  );
  const json = join(dir, 'featured.json');
  writeFileSync(json, JSON.stringify(result.faq));
  const rendered = await run('ja', 'render', json);
  assert.equal(rendered.status, 0);
  assert.equal(rendered.out.join('\n').match(/data-featured/g)?.length, 1);
  assert.match(
    (
      await run(
        'en',
        'validate',
        write('featured-bad.json', JSON.stringify({ ...result.faq, entries: [{ ...result.faq.entries[0], featured: 'yes' }] })),
      )
    ).err.join('\n'),
    /featured/,
  );
});
