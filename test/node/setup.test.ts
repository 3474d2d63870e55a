// The setup page's model (src/setup/setup-model.ts): the command-line import's result, for a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runCli } from '../../src/cli/cli.js';
import { prepareFaq } from '../../src/setup/setup-model.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/setup/${name}`, import.meta.url)));
const readXlsx = (bytes: Uint8Array) => readXlsxFile(Buffer.from(bytes));
const quiet = { out: () => {}, err: () => {}, lang: 'ja' as const };

for (const name of ['city.utf8.csv', 'city.sjis.csv', 'city.xlsx'])
  test(`the page's JSON for ${name} is what line-gov-faq import --no-index writes`, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'line-gov-faq-setup-')), 'city.json');
    const file = new URL(`../fixtures/setup/${name}`, import.meta.url).pathname;
    assert.equal(await runCli(['import', file, '-o', out, '--no-index'], quiet), 0);
    const result = await prepareFaq(name, fixture(name), readXlsx);
    assert.ok(result.ok, result.summary);
    assert.equal(result.json, readFileSync(out, 'utf8'));
  });

test('a file name becomes the data file’s name when a CMS takes it as it is; otherwise faq.json', async () => {
  const named = async (name: string) => (await prepareFaq(name, fixture('city.utf8.csv'), readXlsx)) as { jsonName: string; lines: string };
  assert.equal((await named('city-faq_2026.csv')).jsonName, 'city-faq_2026.json');
  assert.match((await named('city-faq_2026.csv')).lines, /<line-gov-faq src="\/faq\/city-faq_2026\.json"><\/line-gov-faq>/);
  // Japanese, spaces and markup characters: a CMS's upload renames or refuses them.
  for (const name of ['よくある質問（令和8年度）.csv', 'city faq.csv', 'a"&<b>.csv'])
    assert.equal((await named(name)).jsonName, 'faq.json', name);
});

test('an xlsx the reader cannot open is one problem in Japanese, not an exception', async () => {
  const result = await prepareFaq('broken.xlsx', fixture('problems.csv'), readXlsx);
  assert.equal(result.ok, false);
  assert.equal(result.summary, 'broken.xlsx を読み込めませんでした。');
  assert.match(result.messages[0].text, /^読み込めません: /);
});

test('the xlsx reader is in the setup page’s script, never in the widget’s bundles', () => {
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  assert.match(read('dist/setup.js'), /sharedStrings/);
  for (const bundle of ['dist/line-gov-faq.js', 'dist/line-gov-faq.iife.js'])
    assert.doesNotMatch(read(bundle), /sharedStrings|read-excel-file/);
});

test('a workbook that opens on an instructions sheet is read from the sheet with the FAQ’s headers, and says so', async () => {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const cell = (value: string) => ({ value });
  const workbook = await writeXlsxFile(
    [
      { sheet: '表紙', data: [[cell('デモ市 LINEのよくある質問')], [cell('担当：広報課')]] },
      {
        sheet: 'FAQ',
        data: [['カテゴリ', '質問', '回答'].map(cell), ['ごみ', '粗大ごみの出し方は?', '電話で申し込んでください。'].map(cell)],
      },
    ],
    {},
  ).toBuffer();
  const result = await prepareFaq('city.xlsx', new Uint8Array(workbook), readXlsx);
  assert.ok(result.ok, result.summary);
  assert.deepEqual(
    result.messages.map((message) => message.text),
    ['一番左のシートにFAQの見出し（カテゴリ・質問・回答）がないため、シート「FAQ」を読み込みました。'],
  );
  assert.equal(result.faq?.entries[0].question, '粗大ごみの出し方は?');
});
