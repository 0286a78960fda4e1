import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRollupWithRecount } from '../../../shared/aggregates/index.js';
import { createDataSource } from '../../../shared/database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { Survivors1764500000000 } from '../migrations/1764500000000-survivors.js';
import { ConsentRecords1764600000000 } from '../migrations/1764600000000-consent-records.js';
import { SurvivorModel1764700000000 } from '../migrations/1764700000000-survivor-model.js';
import { SurvivorRouteFact1767100000000 } from '../migrations/1767100000000-survivor-route-fact.js';
import { TraffickingEventSourceIds1767200000001 } from '../migrations/1767200000001-trafficking-event-source-ids.js';
import { AggregateRollup1767300000001 } from '../migrations/1767300000001-aggregate-rollup.js';
import { ngoRecount } from './ngo-analytics.recount.js';
import { NGO_MEASURES } from './ngo-measures.js';

/*
 * Survivors count through `survivor_route_fact` (refreshed per statement on her events) and the
 * rollup (kept by triggers on the facts and incident reports). After each kind of write the
 * rollup must equal a recount that places every survivor from her events on read.
 */
let databases: IsolatedDatabases;
let db: DataSource;
const YEARS = [2023, 2024];

beforeAll(async () => {
  databases = await isolatedDatabases(['ngo_rollup']);
  db = createDataSource({
    url: databases.urls.ngo_rollup!,
    entities: [],
    migrations: [Survivors1764500000000, ConsentRecords1764600000000, SurvivorModel1764700000000, SurvivorRouteFact1767100000000, TraffickingEventSourceIds1767200000001],
  });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  // Survivors recorded before the rollup existed: the migration must count them.
  await insertSurvivors('OLD-', 12);
  const runner = db.createQueryRunner();
  try {
    await new AggregateRollup1767300000001().up(runner);
  } finally {
    await runner.release();
  }
});
afterAll(async () => {
  if (db?.isInitialized) await db.destroy();
  await databases?.drop();
});

const differences = () => compareRollupWithRecount(db, NGO_MEASURES, ngoRecount(db), YEARS);

/** Survivors with a recruitment and an exploitation event each, inserted as one statement (as an import writes them). */
async function insertSurvivors(prefix: string, count: number): Promise<void> {
  await db.query(
    `WITH s AS (
       INSERT INTO survivor (given_name, gender, owner_org, retention_until, age_when_trafficked, types_of_exploitation, methods_of_control, methods_of_recruitment, citizenships, source_record_id)
       SELECT 'seeded', (enum_range(NULL::htcds_gender))[1 + n % 6], 'ngo', DATE '2030-01-01' + n, CASE WHEN n % 5 = 0 THEN NULL ELSE 5 + n * 3 % 50 END,
              ARRAY[(ARRAY['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'SERVITUDE'])[1 + n % 3]], ARRAY['DEBT_BONDAGE'],
              CASE WHEN n % 2 = 0 THEN ARRAY['AT_WORK', 'OTHER'] ELSE '{}' END, ARRAY[(ARRAY['MD', 'UA', 'NG'])[1 + n % 3]], $1 || n
         FROM generate_series(1, $2) n RETURNING id, source_record_id),
     numbered AS (SELECT id, substr(source_record_id, length($1) + 1)::int AS n FROM s),
     exploited AS (
       INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
       SELECT id, 'ngo', 'EXPLOITATION', (ARRAY['GBLON', 'GB', 'DEBER'])[1 + n % 3], DATE '2023-12-01' + n * 5 FROM numbered)
     INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
     SELECT id, 'ngo', 'RECRUITMENT', (ARRAY['MDKIV', 'UA', 'NGLOS'])[1 + n % 3], CASE WHEN n % 7 = 0 THEN NULL ELSE DATE '2023-11-01' + n * 5 END FROM numbered WHERE n % 4 <> 0`,
    [prefix, count],
  );
}

describe('the NGO aggregate rollup', () => {
  it('counts survivors recorded before it, and a bulk insert of survivors with their events and of incident reports', async () => {
    expect(await differences()).toEqual([]);
    await insertSurvivors('BULK-', 80);
    await db.query(
      `INSERT INTO incident_report (owner_org, place_code, occurred_on, type_of_exploitation, source, reliability, retention_until)
       SELECT 'ngo', (ARRAY['GBLON', 'GB', 'MDKIV'])[1 + n % 3], DATE '2024-01-01' + n * 3, (ARRAY['FORCED_LABOUR', 'SERVITUDE'])[1 + n % 2],
              (ARRAY['HOTLINE', 'OPEN_SOURCE', 'PARTNER'])[1 + n % 3], 'B', DATE '2030-01-01' + n FROM generate_series(1, 90) n`,
    );
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM aggregate_rollup WHERE measure = 'SURVIVORS' AND kind = 'CORRIDOR' AND dimension = 'AGE_BAND'`);
    expect(n).toBeGreaterThan(10);
    expect(await differences()).toEqual([]);
  });

  it('moves a survivor when her events are added, changed or deleted', async () => {
    await db.query(
      `INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
       SELECT id, 'ngo', 'EXPLOITATION', 'ROBUH', DATE '2023-06-01' FROM survivor WHERE source_record_id IN ('BULK-1', 'BULK-2', 'BULK-3')`,
    );
    await db.query(`INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code) SELECT id, 'ngo', 'TRANSIT', 'TRIST' FROM survivor WHERE source_record_id = 'BULK-4'`);
    await db.query(`UPDATE trafficking_event SET place_code = 'FRPAR' WHERE stage = 'EXPLOITATION' AND survivor_id IN (SELECT id FROM survivor WHERE source_record_id LIKE 'BULK-1%')`);
    await db.query(`UPDATE trafficking_event SET stage = 'TRANSIT' WHERE stage = 'RECRUITMENT' AND survivor_id IN (SELECT id FROM survivor WHERE source_record_id LIKE 'BULK-2%')`);
    await db.query(`DELETE FROM trafficking_event WHERE stage = 'EXPLOITATION' AND survivor_id IN (SELECT id FROM survivor WHERE source_record_id LIKE 'BULK-3%')`);
    expect(await differences()).toEqual([]);
  });

  it('follows a survivor whose gender, age, HTCDS lists or citizenships change', async () => {
    await db.query(`UPDATE survivor SET gender = 'MASCULINE', age_when_trafficked = 16 WHERE source_record_id LIKE 'BULK-5%'`);
    await db.query(`UPDATE survivor SET types_of_exploitation = '{FORCED_BEGGING,SERVITUDE}', citizenships = '{}' WHERE source_record_id LIKE 'BULK-6%'`);
    await db.query(`UPDATE survivor SET given_name = 'renamed' WHERE source_record_id LIKE 'BULK-7%'`);
    await db.query(`UPDATE incident_report SET source = 'HOTLINE', place_code = 'UAKIE' WHERE occurred_on < DATE '2024-02-01'`);
    expect(await differences()).toEqual([]);
  });

  it('counts out an erased survivor, a retention run over many, and deleted incident reports', async () => {
    await db.query(`DELETE FROM survivor WHERE source_record_id = 'BULK-8'`);
    await db.query(`DELETE FROM survivor WHERE retention_until < DATE '2030-01-30'`);
    await db.query(`DELETE FROM incident_report WHERE retention_until < DATE '2030-01-20'`);
    expect(await differences()).toEqual([]);
  });

  it('is recounted when incident reports or events are truncated', async () => {
    await db.query('TRUNCATE incident_report');
    expect(await differences()).toEqual([]);
    await db.query('TRUNCATE trafficking_event');
    expect(await differences()).toEqual([]);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM aggregate_rollup');
    expect(n).toBe(0);
  });
});
