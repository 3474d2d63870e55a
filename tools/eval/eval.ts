/**
 * Search quality: `npm run eval`. For each evaluation set: top-1, top-3 and MRR over the queries
 * that have an answer, per class; how many answerable queries got nothing; how many off-topic
 * queries claimed an answer (near matches are no claim); and the same figures of a plain
 * MiniSearch with Intl.Segmenter, the floor. `-- --brief`: one line a set. `-- --misses` also
 * lists the misses of every set but the held-out ones (test, final), whose queries are never
 * printed, so that they stay a fair measure. `-- --final` adds the held-out final set.
 */
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { evaluate, type EvalReport } from './evaluate.js';
import { loadEvalSet, EVAL_SETS, FINAL_SETS, HELD_OUT } from './eval-sets.js';
import { evaluatePeer, peerSearch } from './peer-minisearch.js';

const faq = faqJson as FaqData;
const prebuilt = await prebuildIndex(faq);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);

function print(name: string, report: EvalReport) {
  if (brief) {
    const claimed = report.offTopic - report.offTopicNoClaim;
    console.log(
      `${name.padEnd(10)} top-1 ${pct(report.top1)}  top-3 ${pct(report.top3)}  answered ${pct(report.answered)}  empty ${String(report.answerableEmpty).padStart(2)}  off-topic claimed ${claimed}/${report.offTopic}`,
    );
    return;
  }
  console.log(`\n${name}: ${report.total} queries (${report.answerable} answerable, ${report.offTopic} off-topic)`);
  console.log(
    `  all answerable  top-1 ${pct(report.top1)}  top-3 ${pct(report.top3)}  MRR ${report.mrr.toFixed(3)}  answered first ${pct(report.answered)}  empty ${report.answerableEmpty}`,
  );
  for (const [name, k] of Object.entries(report.byClass)) {
    if (name === 'offtopic') continue;
    console.log(`  ${name.padEnd(15)} top-1 ${pct(k.top1)}  top-3 ${pct(k.top3)}  MRR ${k.mrr.toFixed(3)}  (${k.count})`);
  }
  const { count, allInTop3 } = report.severalQuestions;
  if (count > 0) console.log(`  two questions in one message: both answers in the first three ${allInTop3} of ${count}`);
  const share = (n: number) => pct(report.offTopic ? n / report.offTopic : 1);
  console.log(
    `  off-topic: no answer claimed ${report.offTopicNoClaim} of ${report.offTopic} (${share(report.offTopicNoClaim)}), nothing shown ${report.offTopicEmpty} (${share(report.offTopicEmpty)})`,
  );
}

const showMisses = process.argv.includes('--misses');
// One line a set.
const brief = process.argv.includes('--brief');
// The held-out mixed sets are read only for a round's final figures.
const withFinal = process.argv.includes('--final');
// The floor: a plain MiniSearch with Intl.Segmenter, without and with the data's own words.
const peers = {
  MiniSearch: peerSearch(faq),
  '+ synonyms': peerSearch(faq, { synonyms: true }),
  '+ phrasings': peerSearch(faq, { synonyms: true, phrasings: true }),
};
for (const name of EVAL_SETS) {
  if (FINAL_SETS.includes(name) && !withFinal) continue;
  const cases = loadEvalSet(name);
  const report = evaluate(faq, cases, prebuilt);
  print(name, report);
  for (const [peer, search] of Object.entries(peers)) {
    const figures = evaluatePeer(search, cases);
    console.log(
      `  ${brief ? '' : '  '}${peer.padEnd(brief ? 10 : 13)} top-1 ${pct(figures.top1)}  top-3 ${pct(figures.top3)}  empty ${figures.empty}  off-topic with results ${figures.offTopic - figures.offTopicEmpty}/${figures.offTopic}`,
    );
  }
  if (showMisses && !HELD_OUT.includes(name)) {
    for (const miss of report.misses)
      console.log(
        `  MISS [${miss.class}] 「${miss.query}」 expected ${miss.expected.join('|') || 'nothing'}, rank ${miss.rank || '-'}; got ${miss.got.slice(0, 3).join(', ') || 'nothing'}${miss.got.length > 3 ? ` (+${miss.got.length - 3})` : ''}`,
      );
  }
}
