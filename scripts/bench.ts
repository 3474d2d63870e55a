/**
 * Search core benchmark: `npm run bench`. Prints figures; asserts nothing (CI machines are
 * noisy, so speed is watched here, not in tests).
 */
import { gzipSync } from 'node:zlib';
import faqJson from '../data/faq.ja.json';
import type { FaqData } from '../src/data/faq-types.js';
import { lunr } from '../src/search/lunr-ja.js';
import { completeIndex, createSearchIndex, usableIndex } from '../src/search/search-index.js';
import { search } from '../src/search/search.js';
import { prebuildIndex } from '../src/prebuild/prebuild.js';
import { loadAnalyzer } from '../src/prebuild/morphology.js';
import { loadThesaurus } from '../src/prebuild/thesaurus.js';
import { EVAL_SETS, loadEvalSet } from '../tools/eval/eval-sets.js';
import { generateFaq } from './generate-faq.js';

const bundled = faqJson as FaqData;
const large = generateFaq(bundled, 5000);
const queries = EVAL_SETS.flatMap((name) => loadEvalSet(name).map((c) => c.query));
// The analyzer and thesaurus load once per process (about 1 s); not part of a prebuild's time.
await Promise.all([loadAnalyzer(), loadThesaurus()]);

const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

const rows: Array<[string, string, string]> = [];
async function measure(name: string, faq: FaqData) {
  const n = faq.entries.length;
  const cold = time(() => createSearchIndex(faq));
  const warmRuns = n > 1000 ? 1 : 5;
  const warm = Math.min(...Array.from({ length: warmRuns }, () => time(() => createSearchIndex(faq))));
  const prebuildStart = performance.now();
  const prebuilt = await prebuildIndex(faq);
  const prebuildTime = performance.now() - prebuildStart;
  const fromPrebuiltRuns = Array.from({ length: n > 1000 ? 3 : 20 }, () => time(() => usableIndex(faq, prebuilt)));
  const index = usableIndex(faq, prebuilt);
  // The data's synonyms and the bigrams are completed after the index is usable (in the
  // browser: in the tasks after faq-ready, the bigrams in slices).
  const synonyms = time(() => completeIndex(index));
  const bigrams = time(() => index.bigrams.build());
  const serialized = JSON.stringify(index.lunr);
  const load = Math.min(...Array.from({ length: 5 }, () => time(() => lunr.Index.load(JSON.parse(serialized)))));
  for (const q of queries) search(index, q);
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of queries) latencies.push(time(() => search(index, q)));
  // Each keystroke of a query being typed is a search too.
  const typing: number[] = [];
  // On a large FAQ, every fifth query: all of them typed out take minutes.
  const typed = n > 1000 ? queries.filter((_, i) => i % 5 === 0) : queries;
  for (const q of typed) for (let i = 1; i <= q.length; i++) typing.push(time(() => search(index, q.slice(0, i))));
  const prebuiltJson = JSON.stringify(prebuilt);
  const dataJson = JSON.stringify(faq);
  const put = (what: string, value: string) => rows.push([name, what, value]);
  put('entries', String(n));
  put('index build, segmenting at run time (cold)', ms(cold));
  put('index build, segmenting at run time (warm)', ms(warm));
  put('prebuild (morphological analysis, build time)', ms(prebuildTime));
  put('index build from the prebuilt analysis (median)', ms(percentile(fromPrebuiltRuns, 50)));
  put('then the data’s synonyms (after ready)', ms(synonyms));
  put('then the bigram index (built after, in slices)', ms(bigrams));
  put('lunr.Index.load of the serialized index (best)', ms(load));
  put(`query latency p50 / p95 (${latencies.length} queries)`, `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))}`);
  put(`keystroke latency p50 / p95 (${typing.length} prefixes)`, `${ms(percentile(typing, 50))} / ${ms(percentile(typing, 95))}`);
  put('data JSON raw / gzip', `${kb(dataJson.length)} / ${kb(gzipSync(dataJson).length)}`);
  put('prebuilt analysis raw / gzip (shipped)', `${kb(prebuiltJson.length)} / ${kb(gzipSync(prebuiltJson).length)}`);
  put('serialized Lunr index raw / gzip (not shipped)', `${kb(serialized.length)} / ${kb(gzipSync(serialized).length)}`);
}

await measure('bundled', bundled);
await measure('5,000 generated', large);

const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i])).join('  '));
