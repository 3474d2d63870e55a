// What each bundle a page loads holds (run after the build, as `npm test` does): a page downloads
// only what it uses (issue 23). Lunr is recognized by a property name minifiers keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const { entries } = JSON.parse(read('data/faq.ja.json')) as { entries: Array<{ question: string }> };
const question = entries[0].question;
const LUNR = 'QueryParseError';

test('the module the page loads first holds neither the bundled FAQ nor the search core', () => {
  const entry = read('dist/line-gov-faq.js');
  assert.ok(!entry.includes(question), 'no bundled question');
  assert.ok(!entry.includes(LUNR), 'no Lunr');
  assert.match(entry, /import\("\.\/line-gov-faq\.bundled-faq\.js"\)/);
  assert.match(entry, /import\("\.\/line-gov-faq\.search\.js"\)/);
});

test('the files beside it hold the bundled FAQ and the search core, each once', () => {
  const faq = read('dist/line-gov-faq.bundled-faq.js');
  const search = read('dist/line-gov-faq.search.js');
  assert.ok(faq.includes(question) && !faq.includes(LUNR));
  assert.ok(search.includes(LUNR) && !search.includes(question));
});

test('the classic scripts: one with everything, one without the bundled FAQ', () => {
  const full = read('dist/line-gov-faq.iife.js');
  const core = read('dist/line-gov-faq.core.iife.js');
  assert.ok(full.includes(question) && full.includes(LUNR));
  assert.ok(core.includes(LUNR) && !core.includes(question));
});
