import { BlockIndex, DEFAULT_MAX_BLOCK_SIZE } from './block-index.js';
import { clusterPairs, PairList, type Clustering } from './cluster.js';
import type { ClusterOptions } from './cluster.js';
import type { EncodingStore } from './encoding-store.js';

/** Tuned on FEBRL4 and checked on a synthetic set (docs/linkage.md). */
export const DEFAULT_LINK_THRESHOLD = 0.55;
export const DEFAULT_LINK_MARGIN = 0.05;
export const DEFAULT_LINK_CERTAIN = 0.65;

/** How {@link linkRecords} compares and clusters. */
export interface LinkOptions {
  /** Dice coefficient from which two records may be the same person. Default {@link DEFAULT_LINK_THRESHOLD}. */
  readonly threshold?: number;
  /** See {@link ClusterOptions.certain}. Default {@link DEFAULT_LINK_CERTAIN}, or `threshold` when that is higher. */
  readonly certain?: number;
  /** See {@link ClusterOptions.margin}. Default {@link DEFAULT_LINK_MARGIN}. */
  readonly margin?: number;
  /** Blocks larger than this are not compared. Default {@link DEFAULT_MAX_BLOCK_SIZE}. */
  readonly maxBlockSize?: number;
  /**
   * Each record's identity keys ({@link FuzzyEncoding.identityKeys}), one entry per encoding: a
   * weak pair must share one to link. Without them weak pairs need no corroboration.
   */
  readonly identityKeys?: ReadonlyArray<readonly number[]>;
  /** Called now and then with the records compared so far. */
  readonly onProgress?: (compared: number, total: number) => void;
}

/** What the linking did, for the summary and the benches. */
export interface LinkStats {
  readonly records: number;
  readonly blocks: number;
  readonly oversizedBlocks: number;
  readonly comparisons: number;
  readonly pairsAboveThreshold: number;
  readonly links: number;
  readonly clusters: number;
}

const PROGRESS_EVERY = 4096;

/**
 * Links the records of `store` (record i is encoding i) into clusters: every pair sharing a
 * blocking key is compared once by Dice coefficient, pairs reaching the threshold are kept,
 * and {@link clusterPairs} turns them into clusters. Records of one input are compared with
 * each other as with records of other inputs: duplicates within a file are found too.
 *
 * @throws RangeError when `blockingKeys` does not have one entry per stored encoding.
 */
export function linkRecords(
  store: EncodingStore,
  blockingKeys: ReadonlyArray<readonly number[]>,
  options: LinkOptions = {},
): Clustering & { stats: LinkStats } {
  const records = store.size;
  if (blockingKeys.length !== records) {
    throw new RangeError(`${blockingKeys.length} sets of blocking keys for ${records} encodings.`);
  }
  const threshold = options.threshold ?? DEFAULT_LINK_THRESHOLD;
  const margin = options.margin ?? DEFAULT_LINK_MARGIN;
  const certain = Math.max(threshold, options.certain ?? DEFAULT_LINK_CERTAIN);
  const maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1]; got ${threshold}.`);
  if (!(margin >= 0)) throw new RangeError(`margin must be ≥ 0; got ${margin}.`);

  const index = new BlockIndex();
  for (let record = 0; record < records; record += 1) index.add(record, blockingKeys[record] as number[]);
  const pairs = new PairList();
  const out = { buffer: new Int32Array(1024) };
  let comparisons = 0;
  for (let query = 0; query < records; query += 1) {
    // Only later records, so each pair is compared once.
    const count = index.candidates(query, blockingKeys[query] as number[], maxBlockSize, (other) => other > query, out);
    comparisons += store.compareList(query, out.buffer, count, threshold, (other, score) => pairs.push(query, other, score));
    if (options.onProgress && query % PROGRESS_EVERY === 0) options.onProgress(query, records);
  }
  options.onProgress?.(records, records);
  const identity = options.identityKeys;
  if (identity && identity.length !== records) throw new RangeError(`${identity.length} sets of identity keys for ${records} encodings.`);
  const corroborated = identity
    ? (a: number, b: number) => (identity[a] as readonly number[]).some((key) => (identity[b] as readonly number[]).includes(key))
    : undefined;
  const clustering = clusterPairs(records, pairs, { threshold, certain, margin, corroborated });
  return {
    ...clustering,
    stats: {
      records,
      blocks: index.blockCount,
      oversizedBlocks: index.oversizedBlocks(maxBlockSize),
      comparisons,
      pairsAboveThreshold: pairs.length,
      links: clustering.links.length,
      clusters: clustering.clusters,
    },
  };
}
