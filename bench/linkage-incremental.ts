/**
 * How long the hub takes to link one newly published record against 1,000,000 indexed ones.
 *
 * Synthetic people (bench/linkage/synthetic.ts, two records each with realistic errors between
 * them) are encoded with the real encoder (`createFuzzyEncoder`, what the sectors' derivation runs)
 * and loaded into the hub's in-memory `EncodingIndex`, the one `publishRecords` uses. Then
 * records whose other half is indexed are inserted one at a time, as publications arrive; each
 * insert is timed from its decoded material to its list of matches (put + blocked candidates +
 * WASM Dice + the acceptance rule). Beside it, in the same run: a brute-force scan of the same
 * query against every indexed encoding with the same kernel — what linking costs without blocking.
 *
 * Not included: Postgres. A publication's transaction (upsert, keys, links, settling persons)
 * adds a few round trips whatever the index's size; this bench measures what grows with it.
 *
 *   npm run bench:linkage-incremental
 *   npm run bench:linkage-incremental -- --indexed 200000 --inserts 500
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createFuzzyEncoder, popcount } from '../shared/linkage/index.js';
import { DEFAULT_MATCHING } from '../subgraphs/linkage/config.js';
import { EncodingIndex, type IndexedEncoding } from '../subgraphs/linkage/linking/encoding-index.js';
import { BENCH_SECRET } from './linkage/evaluate.js';
import { generateSynthetic } from './linkage/synthetic.js';

const { values } = parseArgs({
  options: {
    indexed: { type: 'string', default: '1000000' },
    inserts: { type: 'string', default: '1000' },
    scans: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20261129' },
  },
  strict: true,
});
const indexed = Number(values.indexed);
const inserts = Number(values.inserts);
const scans = Number(values.scans);
if (!Number.isInteger(indexed) || indexed < 1000 || indexed > 2_000_000) throw new Error('--indexed must be an integer 1,000–2,000,000');
if (!Number.isInteger(inserts) || inserts < 10 || inserts > indexed / 2) throw new Error('--inserts must be an integer from 10 to half of --indexed');
if (!Number.isInteger(scans) || scans < 1 || scans > inserts) throw new Error('--scans must be an integer 1–inserts');

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
const ms = (value: number) => `${value.toFixed(3).padStart(9)} ms`;

console.log(`linkage-incremental: ${indexed.toLocaleString('en')} indexed, ${inserts} single inserts, ${scans} brute-force scans`);
console.log(`load average at start: ${load()}`);

// Every entity has one record in each of two sources. The first `inserts` records of source 1
// are held back and inserted one by one; everything else is indexed first, their twins included.
const entities = Math.ceil((indexed + inserts) / 2);
let started = performance.now();
const records = generateSynthetic({ entities, seed: Number(values.seed), sources: 2, layout: 'one-per-source' });
console.log(`generated ${records.length.toLocaleString('en')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The sectors' derivation (`createLinkageMaterialDeriver`) adds exact and relationship keys to
// this encoder's output; the index holds only the encoder's part, so the bench calls it directly
// (a million records encode in minutes, not tens of minutes, on a shared machine).
const encoder = createFuzzyEncoder(BENCH_SECRET);
const toIndexed = (identifiers: Parameters<typeof encoder.encode>[0]): IndexedEncoding | undefined => {
  const { encoding, blockingKeys, identityKeys } = encoder.encode(identifiers);
  if (popcount(encoding) === 0 || (identifiers.dateOfBirth === undefined && identifiers.address === undefined)) return undefined;
  return { encoding, blockingKeys, identityKeys };
};

const index = new EncodingIndex(DEFAULT_MATCHING);
index.reserve(indexed);
const queue: Array<{ id: string; entity: string; material: IndexedEncoding }> = [];
const entityOf = new Map<string, string>();
started = performance.now();
let skipped = 0;
for (const record of records) {
  const material = toIndexed(record.identifiers);
  if (!material) {
    skipped += 1;
    continue;
  }
  if (record.source === 1 && queue.length < inserts) {
    queue.push({ id: record.id, entity: record.entity, material });
  } else if (index.size < indexed) {
    index.put(record.id, material);
    entityOf.set(record.id, record.entity);
  }
}
console.log(
  `encoded and indexed ${index.size.toLocaleString('en')} records in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${skipped} without date or address, not encoded); heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, ` +
    `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);

const times: number[] = [];
let found = 0;
let matchesTotal = 0;
for (const { id, entity, material } of queue) {
  const t0 = performance.now();
  index.put(id, material);
  const matches = index.matchesOf(id);
  times.push(performance.now() - t0);
  matchesTotal += matches.length;
  if (matches.some((match) => entityOf.get(match.recordId) === entity)) found += 1;
  entityOf.set(id, entity);
}
const scanTimes: number[] = [];
for (const { id } of queue.slice(0, scans)) {
  const t0 = performance.now();
  index.scanAll(id);
  scanTimes.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
scanTimes.sort((a, b) => a - b);
const mean = (list: readonly number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;

console.log('');
console.log(`| link one record against ${indexed.toLocaleString('en')} indexed | p50 | p99 | mean |`);
console.log('|---|---|---|---|');
console.log(`| blocked index + WASM Dice (the hub) | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.99))} | ${ms(mean(times))} |`);
console.log(`| brute-force scan, same kernel (baseline) | ${ms(percentile(scanTimes, 0.5))} | ${ms(percentile(scanTimes, 0.99))} | ${ms(mean(scanTimes))} |`);
console.log('');
console.log(`inserted records whose twin was found: ${found} of ${queue.length} (${((100 * found) / queue.length).toFixed(1)} %); matches per insert: ${(matchesTotal / queue.length).toFixed(2)}`);
console.log(`goal: p99 under 100 ms — ${percentile(times, 0.99) < 100 ? 'met' : 'NOT met'}`);
console.log(`load average at end: ${load()}`);
