/** Default largest block compared: a key shared by more records says little about any pair of them. */
export const DEFAULT_MAX_BLOCK_SIZE = 1000;

/**
 * Records by blocking key: an inverted index from each key to the records that carry it, so a
 * record is compared only with records sharing a key, not with all others. Record numbers are
 * the caller's (dense indices into an {@link EncodingStore}). Works one record at a time too,
 * for incremental linking.
 */
export class BlockIndex {
  readonly #blocks = new Map<number, number[]>();
  #stamp = new Int32Array(1024).fill(-1);

  /** Files `record` under each of its keys. */
  add(record: number, keys: readonly number[]): void {
    for (const key of keys) {
      const block = this.#blocks.get(key);
      if (block === undefined) this.#blocks.set(key, [record]);
      else block.push(record);
    }
  }

  /** Distinct keys seen. */
  get blockCount(): number {
    return this.#blocks.size;
  }

  /** Blocks with more than `maxBlockSize` records, which {@link candidates} skips. */
  oversizedBlocks(maxBlockSize: number): number {
    let count = 0;
    for (const block of this.#blocks.values()) if (block.length > maxBlockSize) count += 1;
    return count;
  }

  /** Pairs that share at least one block of at most `maxBlockSize` records (each pair once). */
  candidatePairs(maxBlockSize: number): number {
    let pairs = 0;
    for (const block of this.#blocks.values()) if (block.length <= maxBlockSize) pairs += (block.length * (block.length - 1)) / 2;
    return pairs;
  }

  /**
   * Writes into `out` (from 0) every record that shares a block of at most `maxBlockSize` records
   * with `keys` and for which `accept(record)` holds, each once, and returns how many. `out`
   * grows by doubling when needed and is returned through `grow`. `query` names the asking
   * record, so the same call can run once per record without repeating a candidate.
   */
  candidates(
    query: number,
    keys: readonly number[],
    maxBlockSize: number,
    accept: (record: number) => boolean,
    out: { buffer: Int32Array },
  ): number {
    let count = 0;
    for (const key of keys) {
      const block = this.#blocks.get(key);
      if (block === undefined || block.length > maxBlockSize) continue;
      for (const record of block) {
        if (record >= this.#stamp.length) this.#growStamp(record + 1);
        if (this.#stamp[record] === query || !accept(record)) continue;
        this.#stamp[record] = query;
        if (count === out.buffer.length) {
          const bigger = new Int32Array(out.buffer.length * 2);
          bigger.set(out.buffer);
          out.buffer = bigger;
        }
        out.buffer[count] = record;
        count += 1;
      }
    }
    return count;
  }

  #growStamp(size: number): void {
    const bigger = new Int32Array(Math.max(size, this.#stamp.length * 2)).fill(-1);
    bigger.set(this.#stamp);
    this.#stamp = bigger;
  }
}
