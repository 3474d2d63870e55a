/**
 * Why a query finds what it finds: `npm run explain -- 'query' ['another query' …]`. Prints
 * each stage of the search: the query's units (what each stands for, how much it weighs), the
 * best entries' coverage and scores, and the gate's decision.
 */
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { analyzeQuery } from '../../src/search/query.js';
import { matchUnits } from '../../src/search/match.js';
import { precisionGate, questionProfiles, scoreEntries, unitWeights } from '../../src/search/score.js';

const faq = faqJson as FaqData;
const index = createSearchIndex(faq, await prebuildIndex(faq));
for (const query of process.argv.slice(2)) {
  console.log(`\n「${query}」`);
  const units = analyzeQuery(query, index.lexicon);
  const matches = matchUnits(index, units);
  const weights = unitWeights(units, matches, index.entries.length, index.lexicon);
  units.forEach((unit, u) => {
    const senses =
      unit.senses.map((s) => `${s.phrases.map((p) => p.join('+')).join('/')}@${s.strength}`).join(' ; ') ||
      (unit.latin ? '(unknown Latin)' : '(unknown)');
    console.log(
      `  unit 「${unit.text}」${unit.prefix ? ' (prefix)' : ''} weight ${weights[u].toFixed(2)} held by ${matches.perUnit[u].size}: ${senses.slice(0, 160)}`,
    );
  });
  const scored = scoreEntries(matches, weights, questionProfiles(index)).sort((a, b) => b.score - a.score);
  for (const s of scored.slice(0, 5))
    console.log(
      `  ${index.entries[s.ref].id.padEnd(36)} coverage ${s.coverage.toFixed(2)} question ${s.questionCoverage.toFixed(2)} match ${s.match.toFixed(2)} score ${s.score.toFixed(3)}`,
    );
  const gated = precisionGate(scored);
  console.log(`  → ${gated.kept.length} shown${gated.near ? ' as near matches' : ''}`);
}
