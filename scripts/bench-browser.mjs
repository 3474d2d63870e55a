#!/usr/bin/env node
/**
 * Browser benchmark: `npm run bench:browser`. In headless Chromium, for the bundled FAQ and a
 * generated 5,000-entry FAQ (prebuilt with the command-line tool's code), measures
 *   script start → first list on screen, → search ready (faq-ready),
 *   keystroke → results rendered and laid out, and → the next frame, p50 / p95;
 * then the same page does it the naive way (Lunr index built at load with lunr.ja) for a ratio.
 * Prints a table; asserts nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function prepare() {
  await mkdir('build/bench', { recursive: true });
  const naive = await rollup({ input: 'scripts/bench/naive-baseline.js', plugins: [nodeResolve({ browser: true }), commonjs()] });
  await naive.write({ file: 'build/bench/naive.js', format: 'es' });
  const { generateFaq } = await tsImport('./generate-faq.ts', import.meta.url);
  const { prebuildIndex } = await tsImport('../src/search/search-index.ts', import.meta.url);
  const { RELEVANCE_SET } = await tsImport('../test/node/relevance-set.ts', import.meta.url);
  const bundled = JSON.parse(await readFile('data/faq.ja.json', 'utf8'));
  const large = generateFaq(bundled, 5000);
  await writeFile('build/bench/faq-5000.json', JSON.stringify({ ...large, index: prebuildIndex(large) }));
  // Every query of the relevance set, then each typed a character at a time: what a person does.
  const queries = RELEVANCE_SET.map((c) => c.query);
  const typing = RELEVANCE_SET.slice(0, 10).flatMap((c) => [...c.query].map((_, i) => c.query.slice(0, i + 1)));
  await writeFile('build/bench/queries.json', JSON.stringify([...queries, ...typing]));
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const ms = (v) => `${v.toFixed(1)} ms`;

await prepare();
const server = await startDevServer({ config: { rootDir: '.', port: 0, hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

const rows = [];
try {
  for (const [name, src, targets] of [
    ['bundled (53)', '', { firstList: 30, searchReady: 50, keystroke: 16 }],
    ['generated (5,000)', '/build/bench/faq-5000.json', { firstList: 30, searchReady: 50, keystroke: 50 }],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(`${origin}/scripts/bench/page.html?src=${encodeURIComponent(src)}`);
      await page.waitForFunction('window.__bench', { timeout: 120_000, polling: 100 });
      const result = await page.evaluate('window.__bench');
      await page.close();
      if (result.error) throw new Error(result.error);
      runs.push(result);
    }
    const w = (key) => median(runs.map((r) => r.widget[key]));
    const n = (key) => median(runs.map((r) => r.naive[key]));
    const work = runs.flatMap((r) => r.widget.work);
    const frame = runs.flatMap((r) => r.widget.frame);
    const naiveWork = runs.flatMap((r) => r.naive.work);
    const check = (value, target) => `${value <= target ? 'met' : 'missed'} (≤ ${target} ms)`;
    rows.push([name, 'script start → module evaluated', ms(w('imported')), '', '', '']);
    rows.push([name, 'script start → first list', ms(w('firstList')), ms(n('firstList')), (n('firstList') / w('firstList')).toFixed(1), check(w('firstList'), targets.firstList)]);
    rows.push([name, 'script start → search ready', ms(w('searchReady')), ms(n('searchReady')), (n('searchReady') / w('searchReady')).toFixed(1), check(w('searchReady'), targets.searchReady)]);
    rows.push([name, `keystroke → rendered p50 (${work.length})`, ms(median(work)), ms(median(naiveWork)), (median(naiveWork) / median(work)).toFixed(1), '']);
    rows.push([name, `keystroke → rendered p95 (${work.length})`, ms(percentile(work, 95)), ms(percentile(naiveWork, 95)), (percentile(naiveWork, 95) / percentile(work, 95)).toFixed(1), check(percentile(work, 95), targets.keystroke)]);
    rows.push([name, 'keystroke → next frame p50 / p95', `${ms(median(frame))} / ${ms(percentile(frame, 95))}`, '', '', '']);
    rows.push([name, 'queries with results (naive)', '', `${runs[0].naive.found} of ${runs[0].queries}`, '', '']);
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = ['data', 'measure', 'widget', 'naive Lunr', 'naive ÷ widget', 'target'];
const table = [header, ...rows];
const width = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`Chromium (${findChromium()}), median of ${RUNS} page loads; keystroke figures pool all runs.`);
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(width[i])).join('  '));
