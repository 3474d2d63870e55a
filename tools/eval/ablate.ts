/**
 * What each part of the bundled FAQ's search data is worth against what it weighs: `npm run
 * eval:ablate` evaluates the widget's search with one part left out at a time (as the bundle
 * ships it: the phrasings as prebuilt terms, not text) and prints top-1 / top-3 on the sets that
 * are not held out, beside the part's share of the bundle (gzip, added to the rest). For choosing
 * what a lighter bundle could drop; it changes nothing.
 */
import { gzipSync } from 'node:zlib';
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { evaluate } from './evaluate.js';
import { loadEvalSet, EVAL_SETS, FINAL_SETS, HELD_OUT } from './eval-sets.js';

type Prebuilt = Record<string, unknown> & { phrasings?: string[] };
const full = faqJson as FaqData;
const prebuilt = (await prebuildIndex(full)) as unknown as Prebuilt;
// As the bundle ships it: the phrasings' terms in the prebuilt index, not their text.
const shipped: FaqData = { ...full, entries: full.entries.map(({ phrasings: _, ...entry }) => entry) };
const sets = EVAL_SETS.filter((name) => !FINAL_SETS.includes(name) && !HELD_OUT.includes(name));
const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
const whole = gzip([shipped, prebuilt]);

const variants: Array<[string, FaqData, Prebuilt]> = [
  ['everything', shipped, prebuilt],
  ['no homophones', shipped, { ...prebuilt, homophones: [] }],
  ['no thesaurus', shipped, { ...prebuilt, thesaurus: [] }],
  ['no readings (lexicon)', shipped, { ...prebuilt, lexicon: [] }],
  ['no inflections', shipped, { ...prebuilt, inflections: [] }],
  [
    'no English in phrasings',
    shipped,
    { ...prebuilt, phrasings: prebuilt.phrasings?.map((terms) => terms.replace(/(^| )[a-z0-9]+(?= |$)/g, '').trim()) },
  ],
  ['no phrasings', shipped, { ...prebuilt, phrasings: undefined, phrasingsText: undefined }],
  ['no synonyms', { ...shipped, synonyms: [] }, prebuilt],
];
const pct = (n: number) => `${(n * 100).toFixed(1)}`.padStart(5);
console.log(`sets: ${sets.join(', ')}; figures are top-1 / top-3 %, then the mean over the sets`);
for (const [name, faq, index] of variants) {
  const reports = sets.map((set) => evaluate(faq, loadEvalSet(set), index));
  const mean = (key: 'top1' | 'top3') => reports.reduce((sum, r) => sum + r[key], 0) / reports.length;
  const saves = ((whole - gzip([faq, index])) / 1024).toFixed(1);
  console.log(
    `${name.padEnd(24)} saves ${saves.padStart(4)} KB  ${reports.map((r) => `${pct(r.top1)}/${pct(r.top3)}`).join('  ')}  mean ${pct(mean('top1'))}/${pct(mean('top3'))}`,
  );
}
