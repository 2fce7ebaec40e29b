// Seeded pseudo-random numbers for headless play and tests: the same seed gives the same sequence
// on every machine, so a headless playthrough is reproducible byte for byte. Never Math.random().

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A uniformly chosen element; throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/**
 * mulberry32: a small 32-bit generator with good statistical quality for simulation (not for
 * secrets). The seed is first mixed (splitmix32) so that neighbouring seeds start far apart.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`createRandom: seed must be an integer, got ${seed}`);
  let state = mixSeed(seed);

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`random.int: n must be a positive integer, got ${n}`);
    return Math.floor(next() * n);
  };

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('random.pick: cannot pick from an empty array');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

function mixSeed(seed: number): number {
  // Fold seeds above 2^32 in rather than silently dropping their high bits.
  let z = (seed ^ Math.floor(seed / 4294967296)) | 0;
  z = (z + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}
