import { createHmac } from 'node:crypto';

/**
 * How a Bloom filter is hardened after keyed hashing (docs/linkage.md compares their cost):
 * - `xor-fold`: a filter of twice the length, its halves XORed together (Schnell et al. 2016);
 *   a set bit no longer names the features that set it, which defeats pattern mining, and the
 *   encoding is half as long to store and compare.
 * - `balance`: the filter concatenated with its complement and the bits permuted by a keyed
 *   permutation (Berger et al.); every encoding has exactly half its bits set, hiding how long
 *   the name and address were.
 * - `blip`: each bit flipped with a small probability (randomised response, ε-differential
 *   privacy per bit); encodings of one record then differ from run to run.
 * - `none`: keyed hashing only.
 */
export type Hardening = 'xor-fold' | 'balance' | 'blip' | 'none';

export const HARDENINGS: readonly Hardening[] = ['xor-fold', 'balance', 'blip', 'none'];

const MIN_FILTER_BITS = 128;
/** Positions are 16-bit, so a filter holds at most 65,536 bits. */
const MAX_FILTER_BITS = 65_536;

/**
 * Bits of the filter built before hardening, for an encoding of `bits` bits.
 *
 * @throws RangeError when `bits` is not a multiple of 128 whose filter is a power of two of at
 *   most 65,536 bits, or the hardening is unknown.
 */
export function hardenedBits(hardening: Hardening, bits: number): number {
  if (!HARDENINGS.includes(hardening)) throw new RangeError(`Unknown hardening "${String(hardening)}".`);
  const filterBits = hardening === 'xor-fold' ? bits * 2 : hardening === 'balance' ? bits / 2 : bits;
  const powerOfTwo = Number.isInteger(filterBits) && filterBits > 0 && (filterBits & (filterBits - 1)) === 0;
  if (!Number.isInteger(bits) || bits % 128 !== 0 || !powerOfTwo || filterBits < MIN_FILTER_BITS / 2 || filterBits > MAX_FILTER_BITS) {
    throw new RangeError(`An encoding of ${bits} bits with ${hardening} hardening needs a power-of-two filter of 64–65536 bits and a multiple of 128 bits.`);
  }
  return filterBits;
}

/** Returns the hardening step for filters of `filterBits` bits. */
export function hardenFilter(
  hardening: Hardening,
  filterBits: number,
  key: Buffer,
  flipProbability: number,
  random: (bytes: number) => Uint8Array,
): (filter: Uint8Array) => Uint8Array {
  switch (hardening) {
    case 'none':
      return (filter) => filter;
    case 'xor-fold':
      return xorFold;
    case 'balance': {
      const permutation = keyedPermutation(key, filterBits * 2);
      return (filter) => balance(filter, permutation);
    }
    case 'blip':
      return (filter) => blip(filter, flipProbability, random);
  }
}

/** The two halves of a filter XORed: bit i of the result is bit i XOR bit i + n/2. */
export function xorFold(filter: Uint8Array): Uint8Array {
  const half = filter.length / 2;
  const folded = new Uint8Array(half);
  for (let i = 0; i < half; i += 1) folded[i] = (filter[i] as number) ^ (filter[i + half] as number);
  return folded;
}

function balance(filter: Uint8Array, permutation: Uint32Array): Uint8Array {
  const bits = filter.length * 8;
  const out = new Uint8Array(filter.length * 2);
  for (let i = 0; i < bits; i += 1) {
    const set = ((filter[i >>> 3] as number) >>> (i & 7)) & 1;
    // Bit i goes to permutation[i], its complement to permutation[i + bits].
    const target = set === 1 ? (permutation[i] as number) : (permutation[i + bits] as number);
    out[target >>> 3] = (out[target >>> 3] as number) | (1 << (target & 7));
  }
  return out;
}

function blip(filter: Uint8Array, probability: number, random: (bytes: number) => Uint8Array): Uint8Array {
  const out = Uint8Array.from(filter);
  const bits = filter.length * 8;
  const noise = random(bits * 2);
  const threshold = Math.round(probability * 65_536);
  for (let i = 0; i < bits; i += 1) {
    if (((noise[i * 2] as number) | ((noise[i * 2 + 1] as number) << 8)) < threshold) out[i >>> 3] = (out[i >>> 3] as number) ^ (1 << (i & 7));
  }
  return out;
}

/**
 * A permutation of [0, n) drawn by Fisher–Yates from HMAC-SHA256(key, counter), so every data
 * owner with the secret derives the same one and nobody without it can undo it.
 */
function keyedPermutation(key: Buffer, n: number): Uint32Array {
  const permutation = Uint32Array.from({ length: n }, (_, i) => i);
  let stream = Buffer.alloc(0);
  let offset = 0;
  let counter = 0;
  const next32 = (): number => {
    if (offset + 4 > stream.length) {
      stream = createHmac('sha256', key).update(`permutation-${counter}`).digest();
      counter += 1;
      offset = 0;
    }
    const value = stream.readUInt32LE(offset);
    offset += 4;
    return value;
  };
  for (let i = n - 1; i > 0; i -= 1) {
    // Rejection sampling keeps the draw uniform over [0, i].
    const limit = Math.floor(0x1_0000_0000 / (i + 1)) * (i + 1);
    let draw = next32();
    while (draw >= limit) draw = next32();
    const j = draw % (i + 1);
    const swap = permutation[i] as number;
    permutation[i] = permutation[j] as number;
    permutation[j] = swap;
  }
  return permutation;
}
