import { BlockIndex, DEFAULT_MAX_BLOCK_SIZE } from './block-index.js';
import { birthDatesContradict } from './blocking-keys.js';
import { clusterPairs, PairList, RivalScores, type Clustering } from './cluster.js';
import type { ClusterOptions } from './cluster.js';
import type { EncodingStore } from './encoding-store.js';
import { fieldsAllowLink, keysCorroborate, restsOnNameAlone, type RecordKeys } from './pair-evidence.js';

/** Tuned on FEBRL4 and checked on a synthetic set (docs/linkage.md). */
export const DEFAULT_LINK_THRESHOLD = 0.55;
export const DEFAULT_LINK_MARGIN = 0.05;
export const DEFAULT_LINK_CERTAIN = 0.65;
/**
 * A doubtful pair (not {@link keysCorroborate}d) links only when each record scores every
 * rival (a record neither side's person accounts for) at least this much lower. Measured
 * (bench/README.md): 0.05 keeps FEBRL4 at F1 0.9987, whose replaced birth dates make 5% of true
 * pairs doubtful; 0.08 refused more namesakes on the demo population (hub precision 0.67 against
 * 0.58) but cost FEBRL4 and the synthetic sets recall (F1 0.9982 and 0.94–0.95).
 */
export const DEFAULT_DOUBT_MARGIN = 0.05;
/** Scores from which another record counts as a rival of a doubtful pair: unrelated encodings score about 0.2–0.45. */
export const DEFAULT_RIVAL_FLOOR = 0.3;

/** How {@link linkRecords} compares and clusters. */
export interface LinkOptions {
  /** Dice coefficient from which two records may be the same person. Default {@link DEFAULT_LINK_THRESHOLD}. */
  readonly threshold?: number;
  /** See {@link ClusterOptions.certain}. Default {@link DEFAULT_LINK_CERTAIN}, or `threshold` when that is higher. */
  readonly certain?: number;
  /** See {@link ClusterOptions.margin}. Default {@link DEFAULT_LINK_MARGIN}. */
  readonly margin?: number;
  /** See {@link ClusterOptions.doubtMargin}. Default {@link DEFAULT_DOUBT_MARGIN}. */
  readonly doubtMargin?: number;
  /** Scores compared down to this still count as rivals. Default {@link DEFAULT_RIVAL_FLOOR}. */
  readonly rivalFloor?: number;
  /** Blocks larger than this are not compared. Default {@link DEFAULT_MAX_BLOCK_SIZE}. */
  readonly maxBlockSize?: number;
  /**
   * Each record's identity keys ({@link FuzzyEncoding.identityKeys}), one entry per encoding.
   * With them, read beside the blocking keys' evidence bits, a pair they do not corroborate
   * ({@link keysCorroborate}: names and birth date agreeing, as far as the keys tell) links only when
   * its fields allow it ({@link fieldsAllowLink}, {@link restsOnNameAlone}) and it is unambiguous, and
   * no chain joins records whose birth dates contradict ({@link clusterPairs}); without them only
   * the similarity decides.
   */
  readonly identityKeys?: ReadonlyArray<readonly number[]>;
  /** A pair the identity keys do not corroborate links only from `certain`, however unambiguous (needs `identityKeys`). Default false. */
  readonly strict?: boolean;
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
  const doubtMargin = options.doubtMargin ?? DEFAULT_DOUBT_MARGIN;
  const rivalFloor = options.rivalFloor ?? DEFAULT_RIVAL_FLOOR;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1]; got ${threshold}.`);
  if (!(margin >= 0)) throw new RangeError(`margin must be ≥ 0; got ${margin}.`);

  const index = new BlockIndex();
  for (let record = 0; record < records; record += 1) index.add(record, blockingKeys[record] as number[]);
  const pairs = new PairList();
  const rivals = new RivalScores(records);
  const out = { buffer: new Int32Array(1024) };
  let comparisons = 0;
  for (let query = 0; query < records; query += 1) {
    // Only later records, so each pair is compared once.
    const count = index.candidates(query, blockingKeys[query] as number[], maxBlockSize, (other) => other > query, out);
    comparisons += store.compareList(query, out.buffer, count, Math.min(threshold, rivalFloor), (other, score) => {
      rivals.note(query, other, score);
      if (score >= threshold) pairs.push(query, other, score);
    });
    if (options.onProgress && query % PROGRESS_EVERY === 0) options.onProgress(query, records);
  }
  options.onProgress?.(records, records);
  const identity = options.identityKeys;
  if (identity && identity.length !== records) throw new RangeError(`${identity.length} sets of identity keys for ${records} encodings.`);
  if (options.strict && !identity) throw new RangeError('strict linking needs identityKeys.');
  const identityOf = (record: number) => (identity as ReadonlyArray<readonly number[]>)[record] as readonly number[];
  const keysOf = (record: number): RecordKeys => ({ blockingKeys: blockingKeys[record] as readonly number[], identityKeys: identityOf(record) });
  const corroborated = identity ? (a: number, b: number) => keysCorroborate(keysOf(a), keysOf(b)) : undefined;
  const allowed = identity ? (a: number, b: number, score: number) => fieldsAllowLink(keysOf(a), keysOf(b), score) : undefined;
  const contradicts = identity ? (a: number, b: number) => birthDatesContradict(identityOf(a), identityOf(b)) : undefined;
  const nameAlone = identity ? (a: number, b: number) => restsOnNameAlone(keysOf(a), keysOf(b)) : undefined;
  const clustering = clusterPairs(records, pairs, {
    threshold, certain, margin, doubtMargin, rivals, corroborated, fieldsAllowLink: allowed, restsOnNameAlone: nameAlone, contradicts, strict: options.strict === true,
  });
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
