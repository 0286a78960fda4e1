import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { ROLLUP_TABLE_DDL } from './rollup-sql.js';
import { rollupMeasureRows } from './rollup-rows.js';

let databases: IsolatedDatabases;
let db: DataSource;

beforeAll(async () => {
  databases = await isolatedDatabases(['rollup_rows']);
  db = createDataSource({ url: databases.urls.rollup_rows!, entities: [], migrations: [] });
  await db.initialize();
  for (const statement of ROLLUP_TABLE_DDL) await db.query(statement);
  await db.query(`
    INSERT INTO aggregate_rollup (measure, kind, year, dimension, scope, category, place, month, count, amount_minor) VALUES
      ('TRANSACTIONS', 'CORRIDOR', 2024, '', 'GB', '', 'RO', 3, 40, 123456789012),
      ('TRANSACTIONS', 'CORRIDOR', 2024, 'CURRENCY', 'GB', 'EUR', 'RO', 3, 25, 100000000000),
      ('TRANSACTIONS', 'CORRIDOR', 2024, 'CURRENCY', 'GB', 'GBP', 'UNKNOWN', 12, 15, 23456789012),
      ('TRANSACTIONS', 'CORRIDOR', 2024, 'CHANNEL', 'GB', 'WIRE', 'RO', 3, 40, 0),
      ('TRANSACTIONS', 'CORRIDOR', 2024, '', 'MD', '', 'RO', 1, 7, 0),
      ('TRANSACTIONS', 'LOCATION', 2024, '', 'GB', '', 'GBLON', 5, 9, 0),
      ('BROKEN', 'LOCATION', 2024, 'SOURCE', 'GB', E'A\\x1fB', 'GB', 1, 12, 0)`);
});
afterAll(async () => {
  if (db?.isInitialized) await db.destroy();
  await databases?.drop();
});

describe('rollupMeasureRows', () => {
  it('reads the totals and one breakdown of one scope and layout, money included, the totals with no category', async () => {
    const rows = await rollupMeasureRows(db)('TRANSACTIONS', { kind: 'CORRIDOR', scope: 'GB', year: 2024, dimension: 'CURRENCY' });
    expect(rows.sort((a, b) => a.count - b.count)).toEqual([
      { scope: 'GB', place: 'UNKNOWN', month: 12, category: 'GBP', count: 15, amountMinor: 23456789012 },
      { scope: 'GB', place: 'RO', month: 3, category: 'EUR', count: 25, amountMinor: 100000000000 },
      { scope: 'GB', place: 'RO', month: 3, category: null, count: 40, amountMinor: 123456789012 },
    ]);
  });

  it('reads every scope for a ranking, and nothing for a year with no rows', async () => {
    const every = await rollupMeasureRows(db)('TRANSACTIONS', { kind: 'CORRIDOR', scope: null, year: 2024, dimension: null });
    expect(every.map((row) => `${row.scope}:${row.count}`).sort()).toEqual(['GB:40', 'MD:7']);
    expect(await rollupMeasureRows(db)('TRANSACTIONS', { kind: 'CORRIDOR', scope: 'GB', year: 2023, dimension: null })).toEqual([]);
  });

  it('refuses a row it cannot split into its six fields rather than count it under another category', async () => {
    await expect(rollupMeasureRows(db)('BROKEN', { kind: 'LOCATION', scope: 'GB', year: 2024, dimension: 'SOURCE' })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
