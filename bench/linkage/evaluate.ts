import {
  BlockIndex,
  DEFAULT_MAX_BLOCK_SIZE,
  createFuzzyEncoder,
  EncodingStore,
  linkRecords,
  type FuzzyEncodingOptions,
  type LinkOptions,
  type LinkStats,
} from '../../shared/linkage/index.js';
import type { LabelledRecord } from './labelled-record.js';

/** Pairwise quality of a clustering against the truth. */
export interface Quality {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Linking one evaluation set end to end, with the figures the benches print. */
export interface Evaluation {
  readonly quality: Quality;
  /** True pairs that share a blocking key in a block small enough to be compared. */
  readonly blockingRecall: number;
  readonly stats: LinkStats;
  readonly encodeMs: number;
  readonly linkMs: number;
  readonly rejectedFields: number;
  /** Cluster of each record. */
  readonly clusterOf: Int32Array;
}

/** A fixed secret, so figures are reproducible; any secret gives the same figures up to noise. */
export const BENCH_SECRET = 'beacon-bench-linkage-secret-not-for-production-use';

export function evaluate(
  records: readonly LabelledRecord[],
  encoding: FuzzyEncodingOptions = {},
  linking: LinkOptions = {},
  secret: string = BENCH_SECRET,
): Evaluation {
  const startedAt = performance.now();
  const encoder = createFuzzyEncoder(secret, encoding);
  const store = new EncodingStore({ bytes: encoder.bytes });
  store.reserve(records.length);
  const blockingKeys: number[][] = [];
  const identityKeys: Array<readonly number[]> = [];
  let rejectedFields = 0;
  for (const record of records) {
    const encoded = encoder.encode(record.identifiers);
    store.add(encoded.encoding);
    blockingKeys.push([...encoded.blockingKeys]);
    identityKeys.push(encoded.identityKeys);
    rejectedFields += encoded.rejected.length;
  }
  const encodedAt = performance.now();
  const result = linkRecords(store, blockingKeys, { identityKeys, ...linking });
  const linkedAt = performance.now();
  return {
    quality: pairQuality(records.map((record) => record.entity), result.clusterOf),
    blockingRecall: blockingRecall(records, blockingKeys, linking.maxBlockSize),
    stats: result.stats,
    encodeMs: encodedAt - startedAt,
    linkMs: linkedAt - encodedAt,
    rejectedFields,
    clusterOf: result.clusterOf,
  };
}

/** Precision, recall and F1 over pairs of records: a pair is predicted when both share a cluster. */
export function pairQuality(entityOf: readonly string[], clusterOf: Int32Array): Quality {
  const pairsIn = (groups: Map<string | number, number[]>) => {
    let pairs = 0;
    for (const members of groups.values()) pairs += (members.length * (members.length - 1)) / 2;
    return pairs;
  };
  const byEntity = groupBy(entityOf.length, (i) => entityOf[i] as string);
  const byCluster = groupBy(entityOf.length, (i) => clusterOf[i] as number);
  const byBoth = groupBy(entityOf.length, (i) => `${entityOf[i]}\u001f${clusterOf[i]}`);
  const truePairs = pairsIn(byEntity);
  const predictedPairs = pairsIn(byCluster);
  const correctPairs = pairsIn(byBoth);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

function groupBy<K extends string | number>(count: number, keyOf: (index: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (let i = 0; i < count; i += 1) {
    const key = keyOf(i);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

/** Share of true pairs that meet in at least one block that is compared. */
export function blockingRecall(
  records: readonly LabelledRecord[],
  blockingKeys: ReadonlyArray<readonly number[]>,
  maxBlockSize?: number,
): number {
  const index = new BlockIndex();
  blockingKeys.forEach((keys, record) => index.add(record, keys));
  const byEntity = groupBy(records.length, (i) => (records[i] as LabelledRecord).entity);
  const out = { buffer: new Int32Array(1024) };
  let truePairs = 0;
  let reached = 0;
  for (const members of byEntity.values()) {
    for (const [position, record] of members.entries()) {
      const later = new Set(members.slice(position + 1));
      if (later.size === 0) continue;
      truePairs += later.size;
      const count = index.candidates(record, blockingKeys[record] as number[], maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE, (other) => later.has(other), out);
      reached += count;
    }
  }
  return truePairs === 0 ? 1 : reached / truePairs;
}
