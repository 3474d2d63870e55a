#!/usr/bin/env node
// Prints the raw, gzip and brotli size of each bundle in dist/ (run `npm run build` first), and
// fails when what a kind of page downloads is over its budget: size is deterministic, so `npm test`
// holds it.
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const FILES = [
  'dist/line-gov-faq.js',
  'dist/line-gov-faq.search.js',
  'dist/line-gov-faq.bundled-faq.js',
  'dist/line-gov-faq.iife.js',
  'dist/line-gov-faq.core.iife.js',
  'dist/cli.js',
];

/**
 * What a page downloads, by the kind of page (gzip; issue 23's goals beside the budgets, where
 * it sets one). The budgets hold what is reached, so that nothing grows unnoticed.
 */
// The module build's files each open with the same notice naming all five packages (0.1 KB more
// than each naming its own): which file holds which package depends on the order rollup writes
// them, and the notice must be the same on every build.
const PAGES = [
  { name: 'module, before the first list', files: ['dist/line-gov-faq.js'], budget: 26.4, goal: 38 },
  {
    name: 'module, a page with its own FAQ (markup, src or data)',
    files: ['dist/line-gov-faq.js', 'dist/line-gov-faq.search.js'],
    // 48.3 → 48.4 KB: a large FAQ's readings added to the lexicon in steps too. 48.4 → 48.6 KB:
    // search made without an object per entry at every stage (see the classic script's history);
    // 48.6 → 48.7 KB: the prebuilt index's fingerprint read an entry a step; 48.7 → 48.8 KB: the
    // data's synonyms cut in steps after the build, and Lunr's vectors made in one scratch space;
    // 48.8 → 48.9 KB: kana folded through tables over the kana block (2-7 times as fast).
    budget: 48.9,
  },
  {
    name: 'module, a page showing the bundled FAQ',
    files: ['dist/line-gov-faq.js', 'dist/line-gov-faq.search.js', 'dist/line-gov-faq.bundled-faq.js'],
    // 75.0 → 75.1 KB: Lunr's token set and vectors made in steps too (see the classic script's history below).
    // 75.1 → 75.4 KB: search without an object per entry at every stage (same history).
    // 75.4 → 75.5 KB: the data's synonyms cut in steps after the build (60 bytes: one task of
    // 79-94 ms just after search was ready in a fresh browser, now none over 20 ms). 75.5 → 75.6 KB:
    // kana folded through tables over the kana block (see the classic script's history).
    budget: 75.6,
    goal: 64,
  },
  { name: 'classic script, self-contained', files: ['dist/line-gov-faq.iife.js'], budget: 75.0, goal: 64 },
  // 47.8 → 47.9 KB: the index build in steps (see the classic script's history below); 47.9 → 48.1 KB:
  // search without an object per entry at every stage; 48.1 → 48.2 KB: the fingerprint in steps;
  // 48.2 → 48.3 KB: the synonyms in steps, Lunr's vectors in one scratch space; 48.3 → 48.4 KB:
  // kana folded through tables.
  { name: 'classic script without the bundled FAQ', files: ['dist/line-gov-faq.core.iife.js'], budget: 48.4 },
];

// The history of the self-contained bundle's budget (the module with the FAQ inlined, as it was
// until the bundled FAQ became a file of its own; 74.4 KB then):
// 53 → 58 KB with issue 12: the validator compiled from the JSON Schema, problem and load
// messages for the webmaster in Japanese and English, encoding detection, @lit/task, English
// and bigram analysis (about 5 KB gzip together).
// 58 → 59 KB with issue 11: colours that follow the page's colour scheme (light-dark(), with
// light colours for browsers without it), result snippets and the narrow layout (0.6 KB).
// 59 → 59.5 KB with issue 13: a large FAQ's index built in three quarters of the time, and the data's
// synonyms cut after the index is ready (0.4 KB); the 40 KB goal is out of reach while the data,
// its prebuilt index, Lunr and Lit alone take some 34 KB (see the issue's closing note).
// 59.5 → 67.5 KB with issue 24, which allows 8 KB for every resident finding an answer: the
// phrasings of the bundled FAQ (1,427 ways people ask, as 7.7 KB of sorted index terms rather
// than 20 KB of text) and never showing an empty page.
// 67.5 → 69.5 KB, still issue 24: what an IME may have typed for the FAQ's words, from the
// dictionary (0.9 KB), and the code for flick slips, English loanwords and near matches after
// a few answers (0.8 KB); 1.6 KB over what the issue allowed, said so in its closing note.
// 69.5 → 70.5 KB: long messages (a letter's formulas, one search per sentence), the categories
// offered when nothing is found, and the code review's fixes (issue 20: data and index kept
// together, a copy of checked data, the refused-index warning in both languages).
// 70.5 → 71.5 KB with issue 21: the page's colours taken on a site's 背景色 switch (0.6 KB), the
// narrow filter's wheel and arrow keys (0.2 KB).
// 71.5 → 72.7 KB with issue 22, items 6–8 (1.2 KB measured): 「この回答は役に立ちましたか？」 under
// answers, remembered for the visit; the city's contact link where nothing fits; the query kept in
// the page address for site-search reports (their words in two languages are 0.2 KB of it).
// 72.7 → 74.3 KB with issue 21, items 4–10 (1.5 KB measured): printing every answer, two widgets
// sharing the address, JSON-LD under Trusted Types (0.7 KB together); the licence notice at the top
// of the bundle that Lit's BSD-3-Clause asks for (0.4 KB), and the 出典 line with the FAQ's source
// and the checks of that field (0.4 KB). 74.3 → 74.4 KB: a link from the markup's table of
// contents chooses its category once upgraded (0.1 KB). 74.4 → 73.9 KB with issue 20: the
// element's loading owned by a controller of its own instead of @lit/task (73.8 KB measured).
// 73.9 → 74.3 KB with issue 23 (the classic script, as measured since): the split of the module
// build (here the search core and the bundled FAQ stay inside, as modules loaded on demand), the
// widget taking no room while its default FAQ is on its way, and the words for a script that
// carries no bundled FAQ. 74.3 → 74.4 KB, still issue 23: the index built in steps that a page
// gets a turn between, Lunr's terms, vectors and token set included (0.1 KB, after Terser's
// third pass took back a third of it; the token set another 50 bytes, the lexicon's readings
// 30 more). 74.4 → 74.7 KB, still issue 23: a search on 5,000 entries in 60 % of the time (Node,
// 603 typed prefixes), by making no object per entry at each stage: hits of a class with the
// highlights getter on its prototype, entries holding a word alike sharing one record of it,
// fields as bits, an entry's standing in an array (0.3 KB). 74.7 → 74.8 KB: the prebuilt index's
// fingerprint read an entry a step, as 5,000 entries' made a task of some 70 ms in a fresh browser.
// 74.8 → 74.9 KB: the data's synonyms cut in steps after the build (the bundled FAQ's made one
// task of 79-94 ms just after search was ready), Lunr's vectors made in one scratch space.
// 74.9 → 75.0 KB: kana folded through tables over the kana block instead of a string built a
// character at a time (about 60 bytes): every index build and query folds its text, and 5,000
// entries' bigram keys took 51-55 ms instead of 83-89 ms.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const rows = [['file', 'raw', 'gzip', 'brotli']];
const gzipped = new Map();
for (const file of FILES) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push([file, kb(bytes.length), kb(gzip), kb(brotli)]);
  gzipped.set(file, gzip);
}
const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(width[i]) : cell.padStart(width[i]))).join('  '));
console.log('');
for (const page of PAGES) {
  const gzip = page.files.reduce((sum, file) => sum + gzipped.get(file), 0);
  const over = gzip - page.budget * 1024;
  console.log(
    `${page.name}: ${kb(gzip)} gzip; budget ${page.budget.toFixed(1)} KB (${over > 0 ? `${kb(over)} over` : 'within'})${page.goal ? `, goal ${page.goal} KB` : ''}`,
  );
  if (over > 0) {
    console.error(`  over its size budget (scripts/size.mjs)`);
    process.exitCode = 1;
  }
}
