import { BlockIndex, diceCoefficient, EncodingStore } from '../../../shared/linkage/index.js';
import type { LinkageMatchingConfig } from '../config.js';

/** A stored record whose encoding is close enough to a query's to be the same person. */
export interface EncodingMatch {
  readonly recordId: string;
  readonly score: number;
}

/** One record's fuzzy material, as the hub holds it. */
export interface IndexedEncoding {
  readonly encoding: Uint8Array;
  readonly blockingKeys: readonly number[];
  readonly identityKeys: readonly number[];
}

/**
 * Every linked record's encoding and blocking keys, in memory. Why not ask Postgres per
 * publication: a new record is compared with the records of up to a few dozen blocks (often
 * thousands of encodings); fetching those rows costs milliseconds each time, while the WASM
 * Dice kernel scores them in microseconds where they already lie packed in its memory.
 * 1,000,000 records of 128 bytes take ~200 MB with their blocks. The index is rebuilt from
 * `linked_record` at start and after a failed transaction, and changed only by the one writer
 * that holds the clustering lock, so it never holds what Postgres does not.
 *
 * Slots are append-only (the kernel's store cannot delete): a changed or erased record leaves a
 * dead slot that blocks still list and candidate filtering skips.
 */
export class EncodingIndex {
  #store: EncodingStore;
  #blocks = new BlockIndex();
  #recordOf: string[] = [];
  #identityOf: Array<readonly number[]> = [];
  #blockingOf: Array<readonly number[]> = [];
  #slotOf = new Map<string, number>();
  #queries = 0;
  readonly #out = { buffer: new Int32Array(4096) };

  constructor(private readonly matching: LinkageMatchingConfig) {
    this.#store = new EncodingStore({ bytes: matching.encodingBytes });
  }

  /** Live records held. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** Makes room for `count` more encodings at once (a load or a bench). */
  reserve(count: number): void {
    this.#store.reserve(this.#store.size + count);
  }

  /** Empties the index (before a reload). */
  clear(): void {
    this.#store = new EncodingStore({ bytes: this.matching.encodingBytes });
    this.#blocks = new BlockIndex();
    this.#recordOf = [];
    this.#identityOf = [];
    this.#blockingOf = [];
    this.#slotOf = new Map();
  }

  /** Holds `recordId`'s encoding in place of any earlier one. */
  put(recordId: string, material: IndexedEncoding): void {
    this.remove(recordId);
    const slot = this.#store.add(material.encoding);
    this.#recordOf[slot] = recordId;
    this.#identityOf[slot] = material.identityKeys;
    this.#blockingOf[slot] = material.blockingKeys;
    this.#slotOf.set(recordId, slot);
    this.#blocks.add(slot, material.blockingKeys);
  }

  remove(recordId: string): void {
    this.#slotOf.delete(recordId);
  }

  /**
   * Records of the index that match `recordId`'s encoding (which must have been `put`): scored
   * by the WASM kernel against every live record sharing a block, kept when the score reaches
   * `certain`, or `threshold` with an identity blocking key in common.
   */
  matchesOf(recordId: string): EncodingMatch[] {
    const slot = this.#slotOf.get(recordId);
    if (slot === undefined) return [];
    const matches: EncodingMatch[] = [];
    const identity = this.#identityOf[slot] as readonly number[];
    const count = this.#candidates(this.#blockingOf[slot] as readonly number[], slot);
    this.#store.compareList(slot, this.#out.buffer, count, this.matching.threshold, (other, score) => {
      if (this.#accepts(score, identity, this.#identityOf[other] as readonly number[])) {
        matches.push({ recordId: this.#recordOf[other] as string, score });
      }
    });
    return matches;
  }

  /**
   * Matches of an encoding that is not stored (a hit/no-hit lookup). Scored byte by byte in
   * JavaScript: the kernel compares stored encodings only, and a lookup must leave no trace.
   */
  matchesOfProbe(probe: IndexedEncoding): EncodingMatch[] {
    const matches: EncodingMatch[] = [];
    const count = this.#candidates(probe.blockingKeys, -1);
    for (let i = 0; i < count; i += 1) {
      const other = this.#out.buffer[i] as number;
      const score = diceCoefficient(probe.encoding, this.#store.encoding(other));
      if (score >= this.matching.threshold && this.#accepts(score, probe.identityKeys, this.#identityOf[other] as readonly number[])) {
        matches.push({ recordId: this.#recordOf[other] as string, score });
      }
    }
    return matches;
  }

  /** Brute force over every live record: the baseline the bench sets the blocked search beside. */
  scanAll(recordId: string): number {
    const slot = this.#slotOf.get(recordId);
    if (slot === undefined) return 0;
    let hits = 0;
    this.#store.compareRange(slot, 0, this.#store.size, this.matching.threshold, () => {
      hits += 1;
    });
    return hits;
  }

  #accepts(score: number, mine: readonly number[], theirs: readonly number[]): boolean {
    return score >= this.matching.certain || mine.some((key) => theirs.includes(key));
  }

  #candidates(keys: readonly number[], self: number): number {
    // A fresh stamp per query: BlockIndex de-duplicates candidates by the query number it is given.
    this.#queries += 1;
    return this.#blocks.candidates(-1 - this.#queries, keys, this.matching.maxBlockSize, (other) => other !== self && this.#isLive(other), this.#out);
  }

  #isLive(slot: number): boolean {
    return this.#slotOf.get(this.#recordOf[slot] as string) === slot;
  }
}
