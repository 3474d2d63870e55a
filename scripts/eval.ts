/**
 * Search quality on the relevance set: `npm run eval`. Prints top-1, top-3 and MRR over the
 * queries that have an answer, whether every off-topic query came back empty, and every miss.
 */
import faqJson from '../data/faq.ja.json';
import type { FaqData } from '../src/data/faq-types.js';
import { evaluate } from '../test/node/evaluate.js';

const report = evaluate(faqJson as FaqData);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
console.log(`queries: ${report.total} (${report.answerable} with an answer, ${report.offTopic} off-topic)`);
console.log(`top-1: ${pct(report.top1)}   top-3: ${pct(report.top3)}   MRR: ${report.mrr.toFixed(3)}   off-topic empty: ${report.offTopicEmpty} of ${report.offTopic}`);
for (const kind of Object.keys(report.byKind)) {
  const k = report.byKind[kind];
  console.log(`  ${kind.padEnd(10)} ${String(k.count).padStart(3)} queries  top-1 ${pct(k.top1).padStart(7)}  top-3 ${pct(k.top3).padStart(7)}`);
}
if (report.misses.length === 0) console.log('misses: none');
for (const miss of report.misses) console.log(`MISS [${miss.kind}] 「${miss.query}」 expected ${miss.expect ?? 'nothing'}, rank ${miss.rank || '-'}; got ${miss.got.slice(0, 3).join(', ') || 'nothing'}${miss.got.length > 3 ? ` (+${miss.got.length - 3})` : ''}`);
