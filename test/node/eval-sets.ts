import { readFileSync } from 'node:fs';
import type { EvalCase } from './evaluate.js';

/**
 * The evaluation sets in test/eval/: `old` (written while the first search was tuned); `dev` /
 * `test`, one set written blind from the FAQ text and split once at random; `fresh`, a second
 * blind set by another writer. Tuning looks at dev and fresh; test is read only as aggregate
 * figures.
 */
export const EVAL_SETS = ['old', 'dev', 'test', 'fresh'] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];

export function loadEvalSet(name: EvalSetName): EvalCase[] {
  const file = new URL(`../eval/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalCase[] }).queries;
}
