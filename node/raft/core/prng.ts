// A small seeded PRNG (sfc32) so that every random choice in the core and the
// simulator is reproducible from a seed. The core never calls Math.random.

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

export class Sfc32 implements Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Split a (up to 53-bit) seed into the four 32-bit words, then warm up.
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = (seed >>> 0) ^ Math.floor(seed / 0x100000000);
    this.a ^= seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextU32();
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextU32() / 0x100000000;
  }

  int(n: number): number {
    if (!(n > 0)) throw new Error(`prng: int(n) needs n > 0, got ${n}`);
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('prng: pick from an empty array');
    return items[this.int(items.length)] as T;
  }
}

/** A seeded source of floats in [0, 1), for code and tests that only need that. */
export function seededRandom(seed: number): () => number {
  const p = new Sfc32(seed);
  return () => p.next();
}
