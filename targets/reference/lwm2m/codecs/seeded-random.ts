/**
 * A tiny deterministic PRNG (mulberry32) for the malformed-input loops in the codec specs: a failure
 * reproduces from its seed, unlike Math.random.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random byte strings of length 0..maxLength, from `seed`. */
export function* randomPayloads(seed: number, count: number, maxLength: number): Generator<Buffer> {
  const next = seededRandom(seed);
  for (let n = 0; n < count; n++) {
    const bytes = Buffer.alloc(Math.floor(next() * (maxLength + 1)));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    yield bytes;
  }
}
