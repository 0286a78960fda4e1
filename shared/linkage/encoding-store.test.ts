import { describe, expect, it } from 'vitest';
import { diceCoefficient, EncodingStore, popcount, type KernelFlavour } from './index.js';

/** Deterministic pseudo-random bytes, so a failure reproduces. */
function bytes(count: number, seed: number, density = 0.5): Uint8Array {
  let state = seed;
  const out = new Uint8Array(count);
  for (let i = 0; i < count * 8; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    if (state / 2 ** 32 < density) out[i >>> 3] = (out[i >>> 3] as number) | (1 << (i & 7));
  }
  return out;
}

describe.each<KernelFlavour>(['popcnt', 'simd'])('EncodingStore with the %s kernel', (kernel) => {
  it('computes the same Dice coefficient as the byte-by-byte reference', () => {
    const store = new EncodingStore({ bytes: 128, kernel });
    const encodings = Array.from({ length: 40 }, (_, i) => bytes(128, i + 1, 0.1 + (i % 5) * 0.1));
    for (const encoding of encodings) store.add(encoding);
    for (let a = 0; a < encodings.length; a += 1) {
      for (let b = 0; b < encodings.length; b += 1) {
        expect(store.dice(a, b)).toBeCloseTo(diceCoefficient(encodings[a]!, encodings[b]!), 6);
      }
      expect(store.popcount(a)).toBe(popcount(encodings[a]!));
    }
  });

  it('reports exactly the candidates at or above the threshold, from a list or a range', () => {
    const store = new EncodingStore({ bytes: 64, kernel });
    const encodings = Array.from({ length: 300 }, (_, i) => bytes(64, 1000 + i, 0.3));
    for (const encoding of encodings) store.add(encoding);
    const threshold = 0.32;
    const expected = encodings
      .map((encoding, index) => ({ index, score: diceCoefficient(encodings[0]!, encoding) }))
      .filter(({ score }) => score >= threshold + 1e-6 || (score >= threshold - 1e-6 && Math.fround(score) >= Math.fround(threshold)))
      .map(({ index }) => index);
    const fromRange: number[] = [];
    expect(store.compareRange(0, 0, 300, threshold, (index) => fromRange.push(index))).toBe(300);
    const fromList: number[] = [];
    const all = Int32Array.from({ length: 300 }, (_, i) => 299 - i);
    store.compareList(0, all, 300, threshold, (index) => fromList.push(index));
    expect(fromRange).toEqual(expected);
    expect(fromList.sort((x, y) => x - y)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('keeps every encoding intact as it grows past its first allocation', () => {
    const store = new EncodingStore({ bytes: 32, kernel });
    const encodings = Array.from({ length: 5000 }, (_, i) => bytes(32, 7 + i));
    for (const encoding of encodings) store.add(encoding);
    for (const index of [0, 1023, 1024, 4999]) {
      expect(Buffer.from(store.encoding(index)).equals(Buffer.from(encodings[index]!))).toBe(true);
      expect(store.dice(index, index)).toBe(1);
    }
  });

  it('scores two empty encodings 0, never a match', () => {
    const store = new EncodingStore({ bytes: 16, kernel });
    store.add(new Uint8Array(16));
    store.add(new Uint8Array(16));
    expect(store.dice(0, 1)).toBe(0);
    const matches: number[] = [];
    store.compareRange(0, 0, 2, 0.1, (index) => matches.push(index));
    expect(matches).toEqual([]);
  });

  it('refuses encodings of another length and indices it does not hold', () => {
    const store = new EncodingStore({ bytes: 16, kernel });
    expect(() => store.add(new Uint8Array(15))).toThrow(RangeError);
    expect(() => store.popcount(0)).toThrow(/No encoding at index 0/);
    expect(() => new EncodingStore({ bytes: 24, kernel })).toThrow(/multiple of 16/);
  });
});
