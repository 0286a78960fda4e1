import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRollupWithRecount } from '../../../shared/aggregates/index.js';
import { createDataSource } from '../../../shared/database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { AccountHolders1764600000000 } from '../migrations/1764600000000-account-holders.js';
import { SuspiciousActivityReports1765000000001 } from '../migrations/1765000000001-suspicious-activity-reports.js';
import { AccountsAndTransactions1766000000000 } from '../migrations/1766000000000-accounts-and-transactions.js';
import { AggregateIndexes1767100000002 } from '../migrations/1767100000002-aggregate-indexes.js';
import { AggregateRollup1767300000002 } from '../migrations/1767300000002-aggregate-rollup.js';
import { DEFAULT_RED_FLAG_OPTIONS, redFlagOptions, type RedFlagOptions } from '../red-flag/red-flag.options.js';
import { financialRecount } from './financial-analytics.recount.js';
import { FINANCIAL_MEASURES } from './financial-measures.js';
import { syncRollupRules } from './financial-rollup-rules.js';

/*
 * The rollup is kept by triggers on transactions; its red-flag typologies follow the
 * institution's thresholds. After each kind of write, and after a change of thresholds, it must
 * equal a recount from the transactions with the rules the subgraph runs with.
 */
let databases: IsolatedDatabases;
let db: DataSource;
const YEARS = [2023, 2024];

beforeAll(async () => {
  databases = await isolatedDatabases(['fin_rollup']);
  db = createDataSource({
    url: databases.urls.fin_rollup!,
    entities: [],
    migrations: [AccountHolders1764600000000, SuspiciousActivityReports1765000000001, AccountsAndTransactions1766000000000, AggregateIndexes1767100000002, AggregateRollup1767300000002],
  });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
});
afterAll(async () => {
  if (db?.isInitialized) await db.destroy();
  await databases?.drop();
});

const differences = (options: RedFlagOptions = DEFAULT_RED_FLAG_OPTIONS) => compareRollupWithRecount(db, FINANCIAL_MEASURES, financialRecount(db, options), YEARS);

async function insertTransactions(prefix: string, count: number): Promise<void> {
  await db.query(
    `WITH a AS (INSERT INTO account (owner_org, type, iban, country, retention_until) VALUES ('bank', 'CURRENT', $1 || 'IBAN', 'GB', DATE '2030-06-01') RETURNING id)
     INSERT INTO account_transaction (owner_org, source_record_id, from_account_id, amount_minor, currency, occurred_at, channel, counterparty_kind,
                                      origin_country, destination_country, location_code, location_country, retention_until)
     SELECT 'bank', $1 || n, a.id, CASE WHEN n % 3 = 1 THEN 850000 + n * 800 ELSE 1000 + n * 37 END, (ARRAY['GBP', 'EUR', 'USD', 'MDL'])[1 + n % 4],
            TIMESTAMPTZ '2023-12-31 23:30Z' + n * interval '2 days', (ARRAY['WIRE', 'CASH_DEPOSIT', 'CARD'])[1 + n % 3]::transaction_channel,
            CASE WHEN n % 5 = 0 THEN 'ESCORT_SERVICE' WHEN n % 7 = 0 THEN 'BUSINESS' END::counterparty_kind,
            CASE WHEN n % 3 = 0 THEN NULL WHEN n % 2 = 0 THEN 'MD' END, CASE WHEN n % 2 = 0 THEN 'GB' END,
            CASE WHEN n % 2 = 1 THEN (ARRAY['GBLON', NULL, 'ROBUH'])[1 + n % 3] END, CASE WHEN n % 2 = 1 THEN (ARRAY['GB', 'GB', 'RO'])[1 + n % 3] END,
            DATE '2030-01-01' + n
       FROM a, generate_series(1, $2) n`,
    [prefix, count],
  );
}

describe('the financial aggregate rollup', () => {
  it('equals a recount after a set-based bulk insert, sums of money included', async () => {
    await insertTransactions('BULK-', 200);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM aggregate_rollup WHERE measure = 'RED_FLAGS' AND dimension = 'TYPOLOGY'`);
    expect(n).toBeGreaterThan(5);
    expect(await differences()).toEqual([]);
  });

  it('follows transactions changed and deleted, a retention run and an erased account', async () => {
    await db.query(`UPDATE account_transaction SET amount_minor = 990000, channel = 'CASH_DEPOSIT', currency = 'USD' WHERE source_record_id IN ('BULK-1', 'BULK-2', 'BULK-4')`);
    await db.query(`UPDATE account_transaction SET occurred_at = occurred_at + interval '200 days', destination_country = 'FR' WHERE source_record_id LIKE 'BULK-1%'`);
    await db.query(`DELETE FROM account_transaction WHERE retention_until < DATE '2030-01-15'`);
    await insertTransactions('GONE-', 30);
    await db.query(`DELETE FROM account WHERE iban = 'GONE-IBAN'`);
    expect(await differences()).toEqual([]);
  });

  it('recounts the typologies when the institution starts with other structuring thresholds, and only then', async () => {
    expect(await syncRollupRules(db, DEFAULT_RED_FLAG_OPTIONS)).toBe(false);
    const mine = redFlagOptions({ GBP: 960000, MDL: 1000000 });
    expect(await differences(mine)).not.toEqual([]);
    expect(await syncRollupRules(db, mine)).toBe(true);
    expect(await differences(mine)).toEqual([]);
    await insertTransactions('LATER-', 20);
    expect(await differences(mine)).toEqual([]);
    expect(await syncRollupRules(db, mine)).toBe(false);
  });

  it('is recounted when transactions are truncated', async () => {
    await db.query('TRUNCATE account_transaction');
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM aggregate_rollup');
    expect(n).toBe(0);
  });
});
