import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lunr } from '../../src/search/lunr-ja.js';
import { LunrIndexData } from '../../src/search/lunr-index-data.js';
import { analyzeEntry, categoryLabels, createSearchIndex, FIELD_BOOST, FIELDS } from '../../src/search/search-index.js';
import { toLunrTerm } from '../../src/search/lunr-terms.js';
import type { FaqData } from '../../src/data/faq-types.js';
import { generateFaq } from '../../scripts/generate-faq.js';
import { faq, prebuilt } from './prebuilt.js';

// LunrIndexData writes Lunr's serialized format itself (the builder is slow); the tests below
// prove it equal to this Lunr's own, so the package installs this Lunr and no other.
test('Lunr is the exact version the serialized index was checked against', () => {
  const pinned: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).dependencies.lunr;
  assert.match(pinned, /^\d+\.\d+\.\d+$/, `package.json's lunr is "${pinned}": pin the one version these tests pass with`);
  assert.equal(
    lunr.version,
    pinned,
    `Lunr ${lunr.version} is installed, package.json pins ${pinned}: after an upgrade, run these tests against the new Lunr ` +
      '(fix src/search/lunr-index-data.ts until they pass), then pin the new version exactly in package.json',
  );
});

/** The index as Lunr's own builder makes it from the same term lists (the reference). */
function builtByLunr(documents: Array<Record<string, string[]>>): object {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOST[field] });
  documents.forEach((doc, ref) => builder.add({ ref: String(ref), ...doc }));
  return builder.build().toJSON();
}

function termLists(data: FaqData, withPrebuilt?: typeof prebuilt) {
  const label = categoryLabels(data);
  return data.entries.map((entry, ref) => {
    const analyzed = analyzeEntry({ ...entry, categoryLabel: label(entry) }, { cut: withPrebuilt?.segments[ref] });
    return Object.fromEntries(FIELDS.map((field) => [field, analyzed[field].map(toLunrTerm)]));
  });
}

/** The documents added to a LunrIndexData, not yet loaded. */
function collected(documents: Array<Record<string, string[]>>): LunrIndexData<(typeof FIELDS)[number]> {
  const data = new LunrIndexData(FIELDS, FIELD_BOOST);
  documents.forEach((doc) => data.add(doc as Record<(typeof FIELDS)[number], string[]>));
  return data;
}

function ours(documents: Array<Record<string, string[]>>): object {
  return collected(documents).load().toJSON();
}

test('the serialized Lunr index equals lunr.Builder’s, number for number, and its token set holds the same terms', () => {
  for (const documents of [termLists(faq, prebuilt), termLists(faq), termLists(generateFaq(faq, 300, 7))]) {
    assert.deepEqual(JSON.parse(JSON.stringify(ours(documents))), JSON.parse(JSON.stringify(builtByLunr(documents))));
    const tokens = (index: lunr.Index) => (index as unknown as { tokenSet: lunr.TokenSet }).tokenSet.toArray().sort();
    assert.deepEqual(tokens(collected(documents).load()), tokens(lunr.Index.load(builtByLunr(documents))));
  }
});

test('repeated words, empty fields and a one-entry FAQ come out as Lunr makes them', () => {
  const documents = [
    { q: ['a', 'a', 'b'], a: [], k: [], c: ['c'], p: [] },
    { q: [], a: ['b', 'b', 'b', 'd'], k: ['a'], c: [], p: ['d'] },
  ];
  assert.deepEqual(JSON.parse(JSON.stringify(ours(documents))), JSON.parse(JSON.stringify(builtByLunr(documents))));
  const single = [{ q: ['x'], a: ['y'], k: [], c: [], p: [] }];
  assert.deepEqual(JSON.parse(JSON.stringify(ours(single))), JSON.parse(JSON.stringify(builtByLunr(single))));
});

test('the index answers queries as Lunr’s own would', () => {
  const index = createSearchIndex(faq, prebuilt);
  // The entries' terms as the index has them (its phrasings' terms prebuilt, not cut here).
  const reference = lunr.Index.load(
    builtByLunr(index.terms.map((fields) => Object.fromEntries(FIELDS.map((field) => [field, fields[field].map(toLunrTerm)])))),
  );
  const terms = [...index.documentFrequency].filter(([, df]) => df >= 2).map(([term]) => term);
  assert.ok(terms.length > 50);
  for (const term of terms) {
    const ask = (idx: lunr.Index) =>
      idx.query((q) => q.term(toLunrTerm(term), { usePipeline: false, boost: 2 })).map((r) => [r.ref, r.score]);
    assert.deepEqual(ask(index.lunr), ask(reference), term);
    assert.ok(ask(index.lunr).length > 0, term);
  }
});

test('document frequency counts each entry holding a term once, whichever fields and however often', () => {
  const data = new LunrIndexData(FIELDS, FIELD_BOOST);
  data.add({ q: ['a', 'a', 'b'], a: ['a'], k: [], c: ['a'], p: [] });
  data.add({ q: [], a: ['b', 'b'], k: ['c'], c: [], p: [] });
  data.add({ q: ['a'], a: [], k: [], c: [], p: [] });
  assert.deepEqual(
    [...data.documentFrequency()],
    [
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ],
  );
});

test('terms are written as Lunr stores them only in the loaded index', () => {
  const data = new LunrIndexData(FIELDS, FIELD_BOOST, toLunrTerm);
  data.add({ q: ['相談'], a: ['相談', '窓口'], k: [], c: [], p: [] });
  assert.deepEqual([...data.documentFrequency().keys()], ['相談', '窓口']);
  const stored = (data.load().toJSON() as { invertedIndex: Array<[string, object]> }).invertedIndex.map(([term]) => term);
  assert.deepEqual(stored, [toLunrTerm('相談'), toLunrTerm('窓口')].sort());
});

test('loading pauses after every term and every document, and ends in the index load makes', () => {
  const documents = termLists(generateFaq(faq, 200, 3));
  const data = collected(documents);
  const terms = data.documentFrequency().size;
  const steps = data.loading();
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  // A page building a large FAQ's index gets a turn between any two of them (see steps.ts).
  assert.ok(pauses >= terms + documents.length, `${pauses} pauses for ${terms} terms and ${documents.length} documents`);
  assert.deepEqual(JSON.parse(JSON.stringify(step.value.toJSON())), JSON.parse(JSON.stringify(ours(documents))));
});

test("terms as Lunr stores them: one to one, as Lunr's tokenizer leaves them, no token-set node of more than 256 edges", () => {
  const index = createSearchIndex(faq, prebuilt);
  const terms = [...index.documentFrequency.keys(), 'LINE', '🙂', 'ｶﾞ'];
  const stored = terms.map(toLunrTerm);
  assert.equal(new Set(stored).size, new Set(terms).size);
  // Lunr's builder lowers and splits what it is given (lunr.tokenizer), and `*` is its wildcard.
  for (const term of stored) assert.deepEqual(lunr.tokenizer(term).map(String), [term]);
  for (const term of stored) assert.ok(!term.includes('*'), term);
  // A node's edges are the characters that follow one prefix among the stored terms.
  const following = new Map<string, Set<string>>();
  for (const term of stored)
    for (let i = 0; i < term.length; i++) {
      const next = following.get(term.slice(0, i)) ?? new Set();
      following.set(term.slice(0, i), next.add(term[i]));
    }
  const widest = Math.max(...[...following.values()].map((next) => next.size));
  assert.ok(widest <= 256, `a node of ${widest} edges`);
  // Each character of the term is two characters stored (the token set's depth).
  assert.equal(toLunrTerm('相談').length, 4);
});
