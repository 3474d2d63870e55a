/**
 * A seeded random number generator (mulberry32): the same seed gives the same sequence in
 * Node, in every browser and in the benchmark's generator, so a failing generated case can be
 * replayed. Plain JavaScript, so the browser tests load it as it is.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
