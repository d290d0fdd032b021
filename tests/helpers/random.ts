/** A small seeded PRNG (mulberry32) so randomized tests are reproducible: print the seed, rerun with it. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (maxExclusive: number) => Math.floor(next() * maxExclusive),
    pick: <T>(items: readonly T[]): T => {
      if (!items.length) throw new Error('pick from empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/** The seed for a randomized test: BW_SEED from the environment, else a fixed default. */
export function testSeed(fallback: number): number {
  const fromEnv = Number(process.env.BW_SEED);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
