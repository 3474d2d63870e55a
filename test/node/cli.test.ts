import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.js';
import { fingerprint, PREBUILT_FORMAT } from '../../src/search/search-index.js';
import { shiftJis } from './shift-jis.js';

const dir = mkdtempSync(join(tmpdir(), 'line-gov-faq-cli-'));
const file = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
async function runIn(lang: 'ja' | 'en', ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // Each output function is called with one argument: a whole line and nothing else.
  const line =
    (to: string[]) =>
    (...parts: unknown[]) => {
      assert.equal(parts.length, 1, `one argument per line, got ${JSON.stringify(parts)}`);
      to.push(String(parts[0]));
    };
  const status = await runCli(args, { out: line(out), err: line(err), lang });
  return { status, out, err };
}
const run = (...args: string[]) => runIn('en', ...args);
const city = {
  lang: 'ja',
  categories: [{ id: 'garbage', label: 'ごみ' }],
  entries: [
    { id: 'bulky-waste', category: 'garbage', question: '粗大ごみの出し方は?', answer: '電話で申し込んでください。' },
    { id: 'line-notice', category: 'garbage', question: 'ごみの日をLINEで知らせてくれますか?', answer: '公式アカウントで通知します。' },
  ],
};

test('validate accepts the bundled FAQ', async () => {
  const result = await run('validate', 'data/faq.ja.json');
  assert.equal(result.status, 0);
  const { entries } = JSON.parse(readFileSync(new URL('../../data/faq.ja.json', import.meta.url), 'utf8'));
  assert.match(result.out[0], new RegExp(`valid \\(${entries.length} entries\\)`));
});

test('validate names the file, the entry id and the field of a schema problem', async () => {
  const bad = structuredClone(city);
  (bad.entries[1] as Record<string, unknown>).question = 42;
  delete (bad.entries[0] as Record<string, unknown>).answer;
  const path = file('bad.json', bad);
  const result = await run('validate', path);
  assert.equal(result.status, 1);
  assert.ok(
    result.err.some((l) => l.startsWith(path) && l.includes('/entries/1/question') && l.includes('id "line-notice"')),
    result.err.join('\n'),
  );
  assert.ok(
    result.err.some((l) => l.includes('/entries/0/answer') && l.includes('id "bulky-waste"') && l.includes('missing')),
    result.err.join('\n'),
  );
});

test('validate reports duplicate ids and unknown categories', async () => {
  const bad = structuredClone(city);
  bad.entries[1].id = 'bulky-waste';
  bad.entries[0].category = 'parks';
  const result = await run('validate', file('dupes.json', bad));
  assert.equal(result.status, 1);
  assert.ok(result.err.some((l) => l.includes('used twice')));
  assert.ok(result.err.some((l) => l.includes('"parks" is not one of the categories')));
});

test('validate reports a file that is not JSON', async () => {
  const result = await run('validate', file('broken.json', '{ "lang": '));
  assert.equal(result.status, 1);
  assert.match(result.err[0], /broken\.json: not valid JSON/);
});

test('build writes the FAQ with its prebuilt index, and the output is valid again', async () => {
  const input = file('city.json', city);
  const output = join(dir, 'city.index.json');
  assert.equal((await run('build', input, '-o', output)).status, 0);
  const built = JSON.parse(readFileSync(output, 'utf8'));
  assert.equal(built.index.format, PREBUILT_FORMAT);
  assert.equal(built.index.segments.length, 2);
  assert.equal((await run('validate', output)).status, 0);
});

test('build refuses invalid data and writes nothing', async () => {
  const output = join(dir, 'never.json');
  assert.equal((await run('build', file('empty.json', { ...city, entries: [] }), '-o', output)).status, 1);
  assert.throws(() => readFileSync(output));
});

test('unknown commands print the usage and exit with 2', async () => {
  const result = await run('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.err[0], /Usage/);
});

test('--help prints the usage on stdout and exits with 0', async () => {
  for (const flag of ['--help', '-h', 'help']) {
    const result = await run(flag);
    assert.equal(result.status, 0);
    assert.deepEqual(result.err, []);
    assert.match(result.out[0], /^Usage:[\s\S]*line-gov-faq import/);
  }
});

test('validate reports all four problems of a file on the first run, one clean line each', async () => {
  const bad = {
    lang: 'ja',
    categories: [{ id: 'garbage', label: 'ごみ' }],
    entries: [
      { id: 'bulky-waste', category: 'garbage', question: '粗大ごみの出し方は?', answer: '' },
      { id: 'bulky-waste', category: 'garbge', question: 'ごみの日は?', answer: '月曜日です。' },
      { id: 'notice', category: 'garbage', question: 42, answer: '通知します。' },
    ],
  };
  const path = file('four.json', bad);
  const result = await run('validate', path);
  assert.equal(result.status, 1);
  assert.deepEqual(result.err, [
    `${path}: /entries/0/answer (id "bulky-waste"): "answer" must be non-empty text.`,
    `${path}: /entries/1/id (id "bulky-waste"): Entry id "bulky-waste" is used twice.`,
    `${path}: /entries/1/category (id "bulky-waste"): Entry category "garbge" is not one of the categories.`,
    `${path}: /entries/2/question (id "notice"): "question" must be text.`,
  ]);
});

test('validate speaks Japanese on a Japanese system', async () => {
  const bad = structuredClone(city);
  bad.entries[0].category = 'parks';
  const path = file('ja.json', bad);
  const result = await runIn('ja', 'validate', path);
  assert.deepEqual(result.err, [`${path}: /entries/0/category（ID「bulky-waste」）: カテゴリ「parks」は categories にありません。`]);
  assert.match((await runIn('ja', 'validate', 'data/faq.ja.json')).out[0], /問題ありません（53件）/);
});

test('a file saved with a BOM is valid; a Shift_JIS file is refused, naming the encoding', async () => {
  const bom = file('bom.json', '\uFEFF' + JSON.stringify(city));
  assert.equal((await run('validate', bom)).status, 0);
  const sjis = join(dir, 'sjis.json');
  writeFileSync(sjis, shiftJis(JSON.stringify(city)));
  const result = await run('validate', sjis);
  assert.equal(result.status, 1);
  assert.deepEqual(result.err, [
    `${sjis}: The file is not UTF-8 (it looks like Shift_JIS). Open it in a text editor such as Notepad and use "Save as" with the encoding "UTF-8".`,
  ]);
  assert.match((await runIn('ja', 'validate', sjis)).err[0], /文字コードが UTF-8 ではありません（Shift_JIS のようです）/);
});

test('the demo city FAQ carries a prebuilt index that is current', async () => {
  const demo = JSON.parse(readFileSync(new URL('../../demo/data/demo-city-faq.json', import.meta.url), 'utf8'));
  assert.equal(
    demo.index.text,
    fingerprint(demo),
    'run: node dist/cli.js build test/fixtures/city-faq.json -o demo/data/demo-city-faq.json',
  );
  assert.equal((await run('validate', 'demo/data/demo-city-faq.json')).status, 0);
});

test('on a Japanese system the usage is Japanese', async () => {
  const result = await runIn('ja', '--help');
  assert.equal(result.status, 0);
  assert.match(result.out[0], /^使い方:[\s\S]*line-gov-faq import[\s\S]*終了コード/);
  assert.match((await runIn('ja', 'frobnicate')).err[0], /^使い方:/);
});

test('usage mistakes get one line that says what to do, never a stack trace', async () => {
  const cityFile = file('order.json', city);
  const cases: Array<[string[], RegExp]> = [
    [['import', 'faq.csv'], /^import: 書き出すファイルを -o で指定してください。例: line-gov-faq import faq.csv -o faq\.json$/],
    [['render', cityFile, '--heading-level', '9'], /^render: --heading-level は 2〜6 の数字です/],
    [['render', 'faq.csv'], /^render: faq\.csv は表のファイルです。先に line-gov-faq import faq\.csv -o faq\.json/],
    [['render', '--frobnicate'], /^render: --frobnicate というオプションはありません。/],
    [['build'], /^build: FAQのファイルを1つ指定してください。/],
  ];
  for (const [args, message] of cases) {
    const result = await runIn('ja', ...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.err.length, 1, `${args.join(' ')}: ${result.err.join('\n')}`);
    assert.match(result.err[0], message);
  }
});

test('an output folder that does not exist is said in one line; options may come in any order', async () => {
  const cityFile = file('folder.json', city);
  const missing = join(dir, 'no-such-folder', 'faq.html');
  const result = await runIn('ja', 'render', cityFile, '-o', missing);
  assert.equal(result.status, 1);
  assert.deepEqual(result.err, [
    `${missing}: フォルダ ${join(dir, 'no-such-folder')} がありません。先にフォルダを作るか、別の場所を -o で指定してください。`,
  ]);
  const built = await run('build', '-o', join(dir, 'nowhere', 'x.json'), cityFile);
  assert.equal(built.status, 1);
  assert.match(built.err.join('\n'), /the folder .*nowhere does not exist/);
  const rendered = await run('render', '--heading-level', '3', '-o', join(dir, 'ordered.html'), cityFile);
  assert.equal(rendered.status, 0);
  assert.match(readFileSync(join(dir, 'ordered.html'), 'utf8'), /<h3>ごみ<\/h3>/);
});
