// The command-line tool as the program a webmaster runs: `node dist/cli.js …` (built by `npm
// test` before these run), its exit status and what it prints, not only the functions behind it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'line-gov-faq-cli-'));

function cli(lang: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

test('a spreadsheet becomes FAQ data, and that data becomes markup to paste: exit status 0', () => {
  const json = join(folder, 'city.json');
  const imported = cli('C', 'import', 'test/fixtures/setup/city.utf8.csv', '-o', json, '--no-index');
  assert.equal(imported.status, 0, imported.err);
  const data = JSON.parse(readFileSync(json, 'utf8'));
  assert.ok(data.entries.length > 0);
  const html = join(folder, 'city.html');
  const rendered = cli('C', 'render', json, '-o', html);
  assert.equal(rendered.status, 0, rendered.err);
  const markup = readFileSync(html, 'utf8');
  for (const entry of data.entries) assert.ok(markup.includes(`<details id="${entry.id}"`), entry.id);
});

test('help is in the language of the system, and says so', () => {
  const english = cli('C', '--help');
  assert.equal(english.status, 0);
  assert.match(english.out, /^Usage:/);
  const japanese = cli('ja_JP.UTF-8', '--help');
  assert.equal(japanese.status, 0);
  assert.match(japanese.out, /使い方/);
});

test('mistakes get one line saying what is wrong, never a stack trace, and their exit status', () => {
  const missing = cli('C', 'render', join(folder, 'no-such.json'), '-o', join(folder, 'x.html'));
  assert.equal(missing.status, 1);
  assert.match(missing.err, /no-such\.json/);
  const noOutput = cli('ja_JP.UTF-8', 'import', 'test/fixtures/setup/city.utf8.csv');
  assert.equal(noOutput.status, 2);
  assert.match(noOutput.err, /-o/);
  const unknown = cli('C', 'render', '--bogus');
  assert.equal(unknown.status, 2);
  const invalid = cli('C', 'validate', 'test/fixtures/city-faq.invalid.json');
  assert.equal(invalid.status, 1);
  for (const run of [missing, noOutput, unknown, invalid]) assert.doesNotMatch(run.err, /^\s+at /m, run.err);
});
