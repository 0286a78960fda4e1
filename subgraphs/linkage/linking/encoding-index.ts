import { BlockIndex, diceCoefficient, EncodingStore, fieldsAllowLink, keysCorroborate, restsOnNameAlone, type RecordKeys } from '../../../shared/linkage/index.js';
import type { LinkageMatchingConfig } from '../config.js';

/** A candidate slot and its Dice score against the query. */
interface Scored {
  readonly other: number;
  readonly score: number;
}

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
   * by the WASM kernel against every live record sharing a block (down to the rival floor, so
   * near misses count as rivals), then kept by {@link #accepted}.
   */
  matchesOf(recordId: string): EncodingMatch[] {
    const slot = this.#slotOf.get(recordId);
    if (slot === undefined) return [];
    const scored: Scored[] = [];
    const count = this.#candidates(this.#blockingOf[slot] as readonly number[], slot);
    this.#store.compareList(slot, this.#out.buffer, count, this.#floor, (other, score) => scored.push({ other, score }));
    return this.#accepted(scored, this.#keysOf(slot), slot);
  }

  /**
   * Matches of an encoding that is not stored (a hit/no-hit lookup). Scored byte by byte in
   * JavaScript: the kernel compares stored encodings only, and a lookup must leave no trace.
   */
  matchesOfProbe(probe: IndexedEncoding): EncodingMatch[] {
    const scored: Scored[] = [];
    const count = this.#candidates(probe.blockingKeys, -1);
    for (let i = 0; i < count; i += 1) {
      const other = this.#out.buffer[i] as number;
      // Rounded as the kernel rounds, so the probe's score and a rival's compare fairly.
      const score = Math.fround(diceCoefficient(probe.encoding, this.#store.encoding(other)));
      if (score >= this.#floor) scored.push({ other, score });
    }
    return this.#accepted(scored, probe, -1);
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

  /**
   * The scored candidates that are the same person as the query: from `threshold`, those the
   * keys corroborate (`keysCorroborate`: names and birth date agree, as far as the keys' evidence
   * tells; on sparse records the whole name under the whole date), and *doubtful* ones only when
   * their fields allow it (`fieldsAllowLink`: never two strangers born the same day, nor sparse
   * namesakes with different dates) and they are unambiguous: the query's best by `margin` over
   * every other record it meets, and the query the candidate's own best by `margin` over the
   * candidate's others — for a pair resting on the name alone (`restsOnNameAlone`), no rival at
   * all from the rival floor. Every holder of a common name scores alike, so namesakes are
   * seldom unambiguous; a record whose birth date was replaced, or that has none, still finds its
   * only look-alike. A person's own other records are not rivals (those corroborated with the
   * other side). Decided when a record is published: a rival that arrives later does not undo
   * the link (a re-publication of either record does). `self` is the query's slot (-1: a probe).
   */
  #accepted(scored: readonly Scored[], mine: RecordKeys, self: number): EncodingMatch[] {
    const matches: EncodingMatch[] = [];
    for (const { other, score } of scored) {
      if (score < this.matching.threshold) continue;
      const theirs = this.#keysOf(other);
      if (keysCorroborate(mine, theirs)) {
        matches.push({ recordId: this.#recordOf[other] as string, score });
        continue;
      }
      if (!fieldsAllowLink(mine, theirs, score)) continue;
      // A rival is a record neither side's person accounts for: not the pair, not corroborated
      // with either record (a person's own records do not rival each other).
      const rivalOf = (keys: RecordKeys) => !keysCorroborate(mine, keys) && !keysCorroborate(theirs, keys);
      const rival = Math.max(0, ...scored.filter((entry) => entry.other !== other && rivalOf(this.#keysOf(entry.other))).map((entry) => entry.score));
      // On a name alone, any rival at all (from the rival floor) makes the pair ambiguous.
      const margin = restsOnNameAlone(mine, theirs) ? score - this.matching.rivalFloor : this.matching.margin;
      const unambiguous = () => rival < score - margin && this.#rivalOf(other, self, rivalOf) < score - margin;
      if (unambiguous()) matches.push({ recordId: this.#recordOf[other] as string, score });
    }
    return matches;
  }

  /** The best score of a stored record against any other it meets that `isRival`, but the query (`self`, -1 for a probe). */
  #rivalOf(slot: number, self: number, isRival: (keys: RecordKeys) => boolean): number {
    let rival = 0;
    const count = this.#candidates(this.#blockingOf[slot] as readonly number[], slot);
    this.#store.compareList(slot, this.#out.buffer, count, this.#floor, (other, value) => {
      if (other !== self && value > rival && isRival(this.#keysOf(other))) rival = value;
    });
    return rival;
  }

  #keysOf(slot: number): RecordKeys {
    return { blockingKeys: this.#blockingOf[slot] as readonly number[], identityKeys: this.#identityOf[slot] as readonly number[] };
  }

  /** Scores from which a candidate is kept: the rival floor, or the threshold when lower. */
  get #floor(): number {
    return Math.min(this.matching.threshold, this.matching.rivalFloor);
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

