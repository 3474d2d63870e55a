// The committed release/ (what a webmaster downloads from the repository's page) is what the
// sources build: run after `npm run build`, as `npm test` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { releaseFiles } from '../../scripts/release.mjs';
import { sheetToFaq, type SheetCell } from '../../src/data/sheet-to-faq.js';

const folder = new URL('../../release/', import.meta.url);
const built: Map<string, string | Uint8Array> = await releaseFiles();
const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));

test('the committed release/ holds exactly the files the sources build (else: npm run release)', () => {
  assert.ok(existsSync(folder), 'release/ is missing: run npm run release');
  assert.deepEqual(
    readdirSync(folder).sort(),
    [...built.keys()].sort(),
    'release/ has other files than the sources build: run npm run release',
  );
  for (const [name, content] of built)
    assert.ok(
      bytes(content).equals(readFileSync(new URL(name, folder))),
      `release/${name} is not what the sources build: run npm run release and commit release/`,
    );
});

test('the Excel template imports without a problem: its example row becomes a featured question', async () => {
  const template = Buffer.from(built.get('faq-template.xlsx') as Uint8Array);
  const result = sheetToFaq((await readSheet(template)) as SheetCell[][]);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.deepEqual(result.warnings, []);
  assert.equal(result.faq.entries.length, 1);
  const [entry] = result.faq.entries;
  assert.match(entry.answer, /\n/, 'line breaks in the answer are kept');
  assert.equal(entry.featured, true);
  assert.deepEqual(entry.keywords, ['粗大', '大型ごみ', '家具']);
});

test('the Excel template explains itself in Japanese on a second sheet, 使い方', async () => {
  const template = Buffer.from(built.get('faq-template.xlsx') as Uint8Array);
  const text = ((await readSheet(template, '使い方')) as SheetCell[][]).flat().join('\n');
  assert.match(text, /1行に1つずつ質問を書きます/);
  assert.match(text, /setup\.html/);
});

test('the steps open right in Windows Notepad: UTF-8 with a byte-order mark, CRLF line ends', () => {
  const steps = bytes(built.get('手順.txt')!);
  assert.deepEqual([...steps.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = steps.toString('utf8');
  assert.doesNotMatch(text, /[^\r]\n/);
  assert.match(text, /<script src="\/js\/line-gov-faq\.iife\.js" defer><\/script>/);
});

test('the sample page loads the classic script, which works from a file on disk', () => {
  const page = built.get('sample.html') as string;
  assert.match(page, /<script src="line-gov-faq\.iife\.js" defer><\/script>/);
  assert.doesNotMatch(page, /type="module"/);
});

test('the scripts are the built bundles without their source-map comment', () => {
  for (const name of ['line-gov-faq.js', 'line-gov-faq.iife.js', 'setup.js']) {
    const script = built.get(name) as string;
    assert.doesNotMatch(script, /sourceMappingURL/);
    assert.ok(readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8').startsWith(script.trimEnd()));
  }
});

test('the setup page in the release loads its scripts and offers the template from its own folder', () => {
  const page = built.get('setup.html') as string;
  const links = [...page.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]);
  assert.deepEqual(links.sort(), ['faq-template.xlsx', 'line-gov-faq.iife.js', 'setup.js']);
  for (const link of links) assert.ok(built.has(link), `${link} is in the release`);
});
