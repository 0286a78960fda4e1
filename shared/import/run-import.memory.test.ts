import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { closeDataSource, openDataSource } from '../database/index.js';
import { runImport } from './run-import.js';
import { ImportProbe1700000000000, probeTarget } from './test-support/probe-target.js';

const TARGET_BYTES = 50 * 1024 * 1024;
/** Generous against GC timing, far below what holding a 50 MB file (as UTF-16 strings and rows) costs. */
const MAX_RSS_GROWTH_BYTES = 150 * 1024 * 1024;

let databases: IsolatedDatabases;
let dataSource: DataSource;

beforeAll(async () => {
  databases = await isolatedDatabases(['import_memory']);
  dataSource = await openDataSource({ url: databases.urls.import_memory as string, entities: [], migrations: [ImportProbe1700000000000] });
});
afterAll(async () => {
  await closeDataSource(dataSource);
  await databases?.drop();
});

/** A CSV generated as it is read: never a whole file in memory, here or in the engine. */
function generatedCsv(bytes: number): Readable {
  let produced = 0;
  let row = 0;
  return Readable.from(
    (function* () {
      const header = 'source_id,given_name,family_name,born,amount_minor,notes\n';
      produced += header.length;
      yield Buffer.from(header);
      while (produced < bytes) {
        const lines: string[] = [];
        for (let i = 0; i < 500; i += 1) {
          row += 1;
          const day = String((row % 28) + 1).padStart(2, '0');
          lines.push(`m-${row},Given${row % 977},"Family, ${row % 1009}",1980-03-${day},${row % 100_000},"note ""${row}"" with some padding text"\n`);
        }
        const chunk = Buffer.from(lines.join(''));
        produced += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
}

describe('runImport memory', () => {
  it('imports a 50 MB stream with RSS growth bounded, not proportional to the file', { timeout: 300_000 }, async () => {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 25);
    try {
      const summary = await runImport({
        dataSource,
        target: probeTarget,
        principal: { sub: 'test:importer', org: 'probe-org', sector: 'NGO', roles: [], purposes: [], issuer: 'test' },
        input: generatedCsv(TARGET_BYTES),
        format: 'csv',
      });
      expect(summary.bytesRead).toBeGreaterThanOrEqual(TARGET_BYTES);
      expect(summary.rejected).toBe(0);
      expect(summary.inserted).toBe(summary.rowsRead);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - baseline).toBeLessThan(MAX_RSS_GROWTH_BYTES);
  });
});
