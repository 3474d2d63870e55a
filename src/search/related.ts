import type { FaqSearchIndex } from './search-index.js';

// How much each field counts when comparing two entries: what they ask most.
const FIELD_WEIGHT = { q: 2, a: 1, k: 1 } as const; // not the category: every entry of one shares it
// Below this cosine similarity, two entries share only common words.
const MIN_SIMILARITY = 0.08;

type Vector = Map<string, number>;
/** Each entry's word vector, its norm, and the entries holding each word. */
export interface RelatedVectors {
  vectors: Vector[];
  norms: number[];
  holders: Map<string, number[]>;
}

/**
 * Each entry as one vector of its content words: term frequency per field weight, times how
 * rare the word is (idf). Grammar words are left out.
 */
function vectorsOf(index: FaqSearchIndex): RelatedVectors {
  if (index.derived.related) return index.derived.related;
  const holders = new Map<string, number[]>();
  const counts = index.terms.map((fields, ref) => {
    const vector: Vector = new Map();
    for (const [field, weight] of Object.entries(FIELD_WEIGHT) as Array<[keyof typeof FIELD_WEIGHT, number]>) {
      for (const term of fields?.[field] ?? []) {
        if (index.lexicon.functionTerms.has(term)) continue;
        vector.set(term, (vector.get(term) ?? 0) + weight);
      }
    }
    for (const term of vector.keys()) {
      const list = holders.get(term);
      if (list) list.push(ref);
      else holders.set(term, [ref]);
    }
    return vector;
  });
  const total = index.entries.length;
  const vectors = counts.map((vector) => {
    const weighted: Vector = new Map();
    for (const [term, tf] of vector) weighted.set(term, Math.sqrt(tf) * Math.log(1 + total / holders.get(term)!.length));
    return weighted;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0)));
  return (index.derived.related = { vectors, norms, holders });
}

/**
 * Up to `limit` entries most like the entry at `ref` (cosine similarity of their word vectors),
 * most similar first. Computed from the index, so any FAQ gets them without hand-made lists.
 */
export function computeRelated(index: FaqSearchIndex, ref: number, limit = 3): number[] {
  const { vectors, norms, holders } = vectorsOf(index);
  const own = vectors[ref];
  if (!own || norms[ref] === 0) return [];
  const dots = new Map<number, number>();
  // Words in a twentieth of a large FAQ or more say little about likeness and cost the most: a
  // generated 5,000-entry FAQ took 26 s to relate with them, and about 2 s without.
  const common = Math.max(50, index.entries.length / 20);
  for (const [term, weight] of own) {
    const others = holders.get(term) ?? [];
    if (others.length > common) continue;
    for (const other of others) {
      if (other !== ref) dots.set(other, (dots.get(other) ?? 0) + weight * (vectors[other].get(term) ?? 0));
    }
  }
  return [...dots]
    .map(([other, dot]) => [other, dot / (norms[ref] * norms[other] || 1)] as const)
    .filter(([, similarity]) => similarity >= MIN_SIMILARITY)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([other]) => other);
}

/** The related entries of the entry at `ref`: prebuilt at build time when available, else computed now. */
export function relatedEntries(index: FaqSearchIndex, ref: number, limit = 3): number[] {
  const prebuilt = index.related?.[ref];
  const positions = Array.isArray(prebuilt)
    ? prebuilt.filter((p) => Number.isInteger(p) && p >= 0 && p < index.entries.length && p !== ref)
    : computeRelated(index, ref, limit);
  return positions.slice(0, limit);
}
