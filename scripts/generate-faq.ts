/**
 * Makes a large FAQ for benchmarks: `count` entries whose questions and answers are new
 * combinations of the bundled FAQ's sentences and words, so segmentation and ranking see
 * realistic Japanese text. Deterministic for a given seed.
 */
import type { FaqData } from '../src/data/faq-types.js';
import { seededRandom } from './seeded-random.js';

export function generateFaq(base: FaqData, count: number, seed = 1): FaqData {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const sentences = base.entries.flatMap((e) => e.answer.split(/(?<=。)|\n/)).filter((s) => s.trim().length > 4);
  const questions = base.entries.map((e) => e.question);
  const entries = Array.from({ length: count }, (_, i) => {
    const answerLength = 1 + Math.floor(next() * 4);
    return {
      id: `generated-${i + 1}`,
      category: pick(base.categories).id,
      question: `${pick(questions).replace(/[?？。]$/, '')}（${pick(sentences).slice(0, 12)}）?`,
      answer: Array.from({ length: answerLength }, () => pick(sentences)).join('\n'),
    };
  });
  return { lang: base.lang, title: 'generated', categories: base.categories, entries };
}
