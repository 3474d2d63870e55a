import { readFileSync } from 'node:fs';
import type { EvalCase } from './evaluate.js';

/**
 * The evaluation sets in tools/eval/sets/, each written blind from the FAQ text by its own writer:
 * `old` (written while the first search was tuned); `dev` / `test`, one set split once at
 * random; `fresh`, a second writer's; `residents` and `staff`, two writers with those personas;
 * `slips`, typing slips of every kind (IME homophones, flick input, romaji), English and
 * two-question messages; `final` and `final2`, mixed sets (learners of Japanese, English
 * speakers, staff) held out from all tuning, one a round.
 * Tuning looks at dev, fresh, residents, staff and slips; test and the finals are read only as
 * aggregate figures.
 */
export const EVAL_SETS = ['old', 'dev', 'test', 'fresh', 'residents', 'staff', 'slips', 'final', 'final2'] as const;
export type EvalSetName = (typeof EVAL_SETS)[number];

/** Sets whose single queries are never printed, so that they stay a fair measure. */
export const HELD_OUT: readonly EvalSetName[] = ['test', 'final', 'final2'];

/** Held-out sets read only for a round's final figures (`npm run eval -- --final`). */
export const FINAL_SETS: readonly EvalSetName[] = ['final', 'final2'];

export function loadEvalSet(name: EvalSetName): EvalCase[] {
  const file = new URL(`./sets/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalCase[] }).queries;
}
