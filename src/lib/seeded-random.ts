/**
 * Mulberry32: a small, well-known seeded random generator (Math.random cannot be
 * seeded). The practice data set, the microteaching rotation and the synthetic
 * class of the tests use it, so each is the same on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
