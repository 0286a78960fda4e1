import { compileDiceKernel, type DiceKernelExports, type KernelFlavour } from './dice-kernel.js';

const PAGE_BYTES = 65_536;
/** Candidates scored per kernel call; the scratch for them and their results lives in memory. */
const BATCH = 16_384;
const SCRATCH_BYTES = BATCH * 4 + BATCH * 8;
const INITIAL_CAPACITY = 1024;

/** Called for each candidate whose Dice coefficient with the query reaches the threshold. */
export type MatchCallback = (candidate: number, score: number) => void;

/** How an {@link EncodingStore} computes Dice coefficients. */
export interface EncodingStoreOptions {
  /** Bytes per encoding, a multiple of 16. */
  readonly bytes: number;
  /** The WebAssembly kernel's flavour (default `popcnt`, the fastest measured). */
  readonly kernel?: KernelFlavour;
}

/**
 * Fixed-length encodings packed back to back in WebAssembly memory, each with its popcount
 * computed once on entry, so a Dice coefficient costs one AND-and-popcount pass over the pair:
 * 2·|a ∧ b| / (|a| + |b|). Indices are dense and stable (the order of {@link add}).
 *
 * Layout: [candidate + result scratch][popcounts, i32 each][encodings]; growing moves the
 * encodings up, so views into memory are re-read after every add.
 */
export class EncodingStore {
  readonly bytes: number;
  #kernel: DiceKernelExports;
  #capacity = 0;
  #count = 0;
  #popsBase = SCRATCH_BYTES;
  #filtersBase = 0;

  constructor(options: EncodingStoreOptions) {
    this.bytes = options.bytes;
    this.#kernel = compileDiceKernel(options.bytes, options.kernel ?? 'popcnt', 1);
    this.#reserve(INITIAL_CAPACITY);
  }

  /** How many encodings the store holds. */
  get size(): number {
    return this.#count;
  }

  /** Makes room for `capacity` encodings in total, so a known batch grows memory once. */
  reserve(capacity: number): void {
    if (capacity > this.#capacity) this.#reserve(Math.max(capacity, this.#capacity * 2));
  }

  /**
   * Adds one encoding and returns its index.
   *
   * @throws RangeError when its length is not the store's.
   */
  add(encoding: Uint8Array): number {
    if (encoding.length !== this.bytes) {
      throw new RangeError(`An encoding of ${encoding.length} bytes does not fit a store of ${this.bytes}-byte encodings.`);
    }
    if (this.#count === this.#capacity) this.#reserve(this.#capacity * 2);
    const index = this.#count;
    const memory = new Uint8Array(this.#kernel.memory.buffer);
    memory.set(encoding, this.#filtersBase + index * this.bytes);
    new Int32Array(this.#kernel.memory.buffer, this.#popsBase, this.#capacity)[index] = popcount(encoding);
    this.#count += 1;
    return index;
  }

  /** A copy of the encoding at `index`. */
  encoding(index: number): Uint8Array {
    this.#check(index);
    const start = this.#filtersBase + index * this.bytes;
    return new Uint8Array(this.#kernel.memory.buffer.slice(start, start + this.bytes));
  }

  /** Set bits of the encoding at `index`. */
  popcount(index: number): number {
    this.#check(index);
    return new Int32Array(this.#kernel.memory.buffer, this.#popsBase, this.#capacity)[index] as number;
  }

  /**
   * Scores the encoding at `query` against `candidates[0..count)` and calls `onMatch` for each
   * candidate whose Dice coefficient is at least `threshold` (compared in 32-bit float).
   * Returns the number of comparisons made (`count`).
   */
  compareList(query: number, candidates: ArrayLike<number>, count: number, threshold: number, onMatch: MatchCallback): number {
    this.#check(query);
    const scratch = new Int32Array(this.#kernel.memory.buffer, 0, BATCH);
    for (let start = 0; start < count; start += BATCH) {
      const end = Math.min(count, start + BATCH);
      if (candidates instanceof Int32Array) scratch.set(candidates.subarray(start, end));
      else for (let k = start; k < end; k += 1) scratch[k - start] = candidates[k] as number;
      const hits = this.#kernel.scoreList(
        this.#filtersBase + query * this.bytes, this.popcount(query), this.#filtersBase, this.#popsBase,
        0, end - start, threshold, BATCH * 4,
      );
      this.#report(hits, onMatch);
    }
    return count;
  }

  /** {@link compareList} against every index in [from, to). */
  compareRange(query: number, from: number, to: number, threshold: number, onMatch: MatchCallback): number {
    this.#check(query);
    const last = Math.min(to, this.#count);
    for (let start = Math.max(0, from); start < last; start += BATCH) {
      const end = Math.min(last, start + BATCH);
      const hits = this.#kernel.scoreRange(
        this.#filtersBase + query * this.bytes, this.popcount(query), this.#filtersBase, this.#popsBase,
        start, end, threshold, BATCH * 4,
      );
      this.#report(hits, onMatch);
    }
    return Math.max(0, last - Math.max(0, from));
  }

  /** The Dice coefficient of two stored encodings (0 when both are empty). */
  dice(a: number, b: number): number {
    let score = 0;
    this.compareList(a, [b], 1, -1, (_, value) => {
      score = value;
    });
    return Number.isNaN(score) ? 0 : score;
  }

  #report(hits: number, onMatch: MatchCallback): void {
    if (hits === 0) return;
    const buffer = this.#kernel.memory.buffer;
    const indices = new Int32Array(buffer, BATCH * 4, hits * 2);
    const scores = new Float32Array(buffer, BATCH * 4, hits * 2);
    for (let hit = 0; hit < hits; hit += 1) onMatch(indices[hit * 2] as number, scores[hit * 2 + 1] as number);
  }

  #check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.#count) {
      throw new RangeError(`No encoding at index ${index}; the store holds ${this.#count}.`);
    }
  }

  #reserve(capacity: number): void {
    const filtersBase = align(this.#popsBase + capacity * 4, 64);
    const needed = filtersBase + capacity * this.bytes;
    const memory = this.#kernel.memory;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE_BYTES));
    // The encodings move up to make room for the popcounts; copyWithin handles the overlap.
    if (this.#count > 0 && filtersBase !== this.#filtersBase) {
      new Uint8Array(memory.buffer).copyWithin(filtersBase, this.#filtersBase, this.#filtersBase + this.#count * this.bytes);
    }
    this.#filtersBase = filtersBase;
    this.#capacity = capacity;
  }
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

const BYTE_POPCOUNT = Uint8Array.from({ length: 256 }, (_, byte) => {
  let bits = 0;
  for (let rest = byte; rest !== 0; rest &= rest - 1) bits += 1;
  return bits;
});

/** Set bits in a byte array. */
export function popcount(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) bits += BYTE_POPCOUNT[byte] as number;
  return bits;
}

/**
 * The Dice coefficient of two equal-length bit arrays, 2·|a ∧ b| / (|a| + |b|), byte by byte:
 * the reference the kernel is tested against. 0 when both are empty.
 *
 * @throws RangeError when the lengths differ.
 */
export function diceCoefficient(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new RangeError(`Encodings of ${a.length} and ${b.length} bytes cannot be compared.`);
  let shared = 0;
  for (let i = 0; i < a.length; i += 1) shared += BYTE_POPCOUNT[(a[i] as number) & (b[i] as number)] as number;
  const total = popcount(a) + popcount(b);
  return total === 0 ? 0 : (2 * shared) / total;
}
