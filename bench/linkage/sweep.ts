import {
  BlockIndex,
  clusterPairs,
  createFuzzyEncoder,
  DEFAULT_LINK_CERTAIN,
  DEFAULT_LINK_MARGIN,
  DEFAULT_MAX_BLOCK_SIZE,
  EncodingStore,
  PairList,
  type FuzzyEncodingOptions,
} from '../../shared/linkage/index.js';
import { pairQuality, type Quality } from './evaluate.js';
import type { LabelledRecord } from './labelled-record.js';

/**
 * Encodes and compares once, keeping every pair down to the lowest threshold, then clusters at
 * each threshold: how quality moves with the threshold, without re-encoding for each.
 */
export function thresholdSweep(
  records: readonly LabelledRecord[],
  thresholds: readonly number[],
  encoding: FuzzyEncodingOptions,
  secret: string,
): Quality[] {
  const encoder = createFuzzyEncoder(secret, encoding);
  const store = new EncodingStore({ bytes: encoder.bytes });
  store.reserve(records.length);
  const keys = records.map((record) => {
    const encoded = encoder.encode(record.identifiers);
    store.add(encoded.encoding);
    return encoded.blockingKeys;
  });
  const index = new BlockIndex();
  keys.forEach((recordKeys, record) => index.add(record, recordKeys));
  const lowest = Math.min(...thresholds);
  const pairs = new PairList();
  const out = { buffer: new Int32Array(1024) };
  for (let query = 0; query < records.length; query += 1) {
    const count = index.candidates(query, keys[query] as number[], DEFAULT_MAX_BLOCK_SIZE, (other) => other > query, out);
    store.compareList(query, out.buffer, count, lowest, (other, score) => pairs.push(query, other, score));
  }
  const entities = records.map((record) => record.entity);
  return thresholds.map((threshold) => {
    const clustering = clusterPairs(records.length, pairs, {
      threshold,
      certain: Math.max(threshold, DEFAULT_LINK_CERTAIN),
      margin: DEFAULT_LINK_MARGIN,
    });
    return pairQuality(entities, clustering.clusterOf);
  });
}
