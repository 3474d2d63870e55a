import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finish, finishInSlices, type Steps } from '../../src/search/steps.js';
import { createSearchIndexInSlices, indexSteps, usableIndex } from '../../src/search/search-index.js';
import { generateFaq } from '../../scripts/generate-faq.js';
import { faq, prebuilt } from './prebuilt.js';

function* counting(upTo: number, log: string[]): Steps<number> {
  for (let i = 0; i < upTo; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return upTo;
}

test('finish runs steps to the end at once', () => {
  const log: string[] = [];
  assert.equal(finish(counting(40, log)), 40);
  assert.equal(log.length, 40);
});

test('finishInSlices gives the page turns once a slice is used up, and stops when aborted', async () => {
  const log: string[] = [];
  const running = finishInSlices(counting(100, log), 0);
  // The steps stop for a turn of the page (a task, not a microtask) once the slice is used up.
  for (let i = 0; i < 10; i++) await Promise.resolve();
  assert.ok(log.length > 0 && log.length < 100, `${log.length} of 100 steps before the page's turn`);
  assert.equal(await running, 100);
  assert.equal(log.length, 100);

  const abort = new AbortController();
  const stopped = finishInSlices(counting(1_000_000, []), 0, abort.signal);
  abort.abort();
  await assert.rejects(stopped, { name: 'AbortError' });
});

test('the index built in slices is the one built at once', async () => {
  for (const [data, withIndex] of [
    [faq, prebuilt],
    [generateFaq(faq, 300, 5), undefined],
  ] as const) {
    const sliced = await createSearchIndexInSlices(data, withIndex, { sliceMs: 0 });
    const atOnce = usableIndex(data, withIndex);
    assert.deepEqual(JSON.parse(JSON.stringify(sliced.lunr.toJSON())), JSON.parse(JSON.stringify(atOnce.lunr.toJSON())));
    assert.deepEqual(sliced.terms, atOnce.terms);
  }
});

test('the index build pauses after every entry (twice: its fingerprint, its words), term, prebuilt record and Lunr document', () => {
  const steps = indexSteps(faq, prebuilt);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  const terms = step.value.documentFrequency.size;
  const records = [prebuilt.lexicon, prebuilt.inflections, prebuilt.thesaurus, prebuilt.homophones].reduce(
    (sum, list) => sum + (list?.length ?? 0),
    0,
  );
  // Entries (the prebuilt index's fingerprint, then their words), then the vocabulary into the
  // lexicon, the prebuilt records, Lunr's postings, vectors and token set.
  const expected = 2 * faq.entries.length + terms + records + terms + faq.entries.length + terms;
  assert.ok(records > 0 && pauses >= expected, `${pauses} pauses, ${expected} expected`);
});
