import { readFileSync } from 'node:fs';
import type { EvalCase } from './evaluate.js';

/**
 * The evaluation sets in test/eval/, each written blind from the FAQ text by its own writer:
 * `old` (written while the first search was tuned); `dev` / `test`, one set split once at
 * random; `fresh`, a second writer's; `residents` and `staff`, two writers with those personas;
 * `final`, a mixed set (learners of Japanese, English speakers) held out from all tuning.
 * Tuning looks at dev, fresh, residents and staff; test and final are read only as aggregate figures.
 */
export const EVAL_SETS = ['old', 'dev', 'test', 'fresh', 'residents', 'staff', 'final'] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];

/** Sets whose single queries are never printed, so that they stay a fair measure. */
export const HELD_OUT: readonly EvalSetName[] = ['test', 'final'];

export function loadEvalSet(name: EvalSetName): EvalCase[] {
  const file = new URL(`../eval/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalCase[] }).queries;
}
