/**
 * Sweeps the scoring parameters over the tuning sets only: `npm run tune -- key=v1,v2 key2=v3,…`.
 * Prints, for each combination and set (dev, fresh), top-1, top-3 and off-topic precision. The
 * test set is never read here.
 */
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { analyzeQuery } from '../../src/search/query.js';
import { matchUnits } from '../../src/search/match.js';
import { precisionGate, questionProfiles, scoreEntries, SCORING, unitWeights, type ScoringParameters } from '../../src/search/score.js';
import { loadEvalSet } from './eval-sets.js';

const faq = faqJson as FaqData;
const index = createSearchIndex(faq, await prebuildIndex(faq));
const TUNING_SETS = ['dev', 'fresh'] as const;
const sets = TUNING_SETS.map((name) => ({
  name,
  prepared: loadEvalSet(name).map((c) => {
    const units = analyzeQuery(c.query, index.lexicon);
    return { c, units, matches: matchUnits(index, units) };
  }),
}));

const axes = process.argv.slice(2).map((arg) => {
  const [key, values] = arg.split('=');
  return { key: key as keyof ScoringParameters, values: values.split(',').map(Number) };
});
function* combinations(i = 0, params: ScoringParameters = { ...SCORING }): Generator<ScoringParameters> {
  if (i === axes.length) return yield { ...params };
  for (const value of axes[i].values) yield* combinations(i + 1, { ...params, [axes[i].key]: value });
}

function figures(prepared: (typeof sets)[number]['prepared'], params: ScoringParameters): string {
  let answerable = 0,
    top1 = 0,
    top3 = 0,
    off = 0,
    offEmpty = 0;
  for (const { c, units, matches } of prepared) {
    const weights = unitWeights(units, matches, index.entries.length, index.lexicon, params);
    const gated = units.length ? precisionGate(scoreEntries(matches, weights, questionProfiles(index), params), params) : { kept: [] };
    const got = gated.kept.map((s) => index.entries[s.ref].id);
    if (c.expected.length === 0) {
      off++;
      if (got.length === 0) offEmpty++;
      continue;
    }
    answerable++;
    const rank = got.findIndex((id) => c.expected.includes(id)) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
  }
  return `top-1 ${((100 * top1) / answerable).toFixed(1)}  top-3 ${((100 * top3) / answerable).toFixed(1)}  off-topic ${offEmpty}/${off}`;
}

for (const params of combinations()) {
  const label = axes.map((a) => `${a.key}=${params[a.key]}`).join(' ');
  console.log(`${label.padEnd(50)} ${sets.map(({ name, prepared }) => `${name}: ${figures(prepared, params)}`).join('   ')}`);
}
