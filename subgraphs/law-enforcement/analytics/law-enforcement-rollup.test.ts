import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRollupWithRecount } from '../../../shared/aggregates/index.js';
import { createDataSource } from '../../../shared/database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { LAW_ENFORCEMENT_MIGRATIONS } from '../index.js';
import { lawEnforcementRecount } from './law-enforcement-analytics.recount.js';
import { LAW_ENFORCEMENT_MEASURES } from './law-enforcement-measures.js';

/*
 * The rollup is kept by triggers; these writes are the ways records change (the API's single
 * rows, imports' set-based INSERT … SELECT and upserts, erasure and retention cascading from a
 * case, TRUNCATE), and after each the rollup must equal a recount from the base tables.
 */
let databases: IsolatedDatabases;
let db: DataSource;
const YEARS = [2023, 2024];

beforeAll(async () => {
  databases = await isolatedDatabases(['le_rollup']);
  db = createDataSource({ url: databases.urls.le_rollup!, entities: [], migrations: LAW_ENFORCEMENT_MIGRATIONS });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
});
afterAll(async () => {
  if (db?.isInitialized) await db.destroy();
  await databases?.drop();
});

const differences = () => compareRollupWithRecount(db, LAW_ENFORCEMENT_MEASURES, lawEnforcementRecount(db), YEARS);

async function insertCases(prefix: string, count: number): Promise<void> {
  await db.query(
    `INSERT INTO law_enforcement_case (reference, owner_org, status, jurisdiction, opened_on, types_of_exploitation, handling_code, source_reliability, information_accuracy, retention_until)
     SELECT $1 || n, 'police', 'OPEN', (ARRAY['GB', 'MD', 'RO', NULL])[1 + n % 4], DATE '2023-11-15' + n * 7,
            ARRAY[(enum_range(NULL::exploitation_type))[1 + n % 11], (enum_range(NULL::exploitation_type))[1 + n % 5]]::exploitation_type[],
            (ARRAY['H0', 'H1', 'H2', 'H3'])[1 + n % 4]::handling_code, 'B', '2', DATE '2030-01-01' + n
       FROM generate_series(1, $2) n`,
    [prefix, count],
  );
  await db.query(
    `INSERT INTO person_record (case_id, category, owner_org, perpetrator_roles)
     SELECT c.id, (ARRAY['SUSPECT', 'VICTIM', 'SUSPECT'])[1 + g]::person_category, 'police',
            ARRAY[(enum_range(NULL::perpetrator_role))[1 + g * 3]]::perpetrator_role[]
       FROM law_enforcement_case c, generate_series(0, 2) g WHERE c.reference LIKE $1 || '%'`,
    [prefix],
  );
  await db.query(
    `INSERT INTO journey_leg (case_id, person_record_id, from_code, to_code, travelled_on, mode, border_crossing, owner_org)
     SELECT c.id, p.id, (ARRAY['MDKIV', 'RO', 'UAODS'])[1 + g], (ARRAY['GBLON', 'GB', 'ROBUH'])[1 + (g + length(c.reference)) % 3],
            CASE WHEN g = 2 THEN NULL ELSE c.opened_on + g * 20 END, (enum_range(NULL::journey_leg_mode))[1 + g], true, 'police'
       FROM law_enforcement_case c JOIN LATERAL (SELECT id FROM person_record WHERE case_id = c.id LIMIT 1) p ON true, generate_series(0, 2) g
      WHERE c.reference LIKE $1 || '%'`,
    [prefix],
  );
}

describe('the law-enforcement aggregate rollup', () => {
  it('equals a recount after the migration and a set-based bulk insert of cases, suspects and legs', async () => {
    expect(await differences()).toEqual([]);
    await insertCases('BULK-', 60);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM aggregate_rollup');
    expect(n).toBeGreaterThan(0);
    expect(await differences()).toEqual([]);
  });

  it('follows a case whose handling code, jurisdiction, date or types change, with its suspects and legs', async () => {
    await db.query(`UPDATE law_enforcement_case SET handling_code = 'H2' WHERE reference IN ('BULK-4', 'BULK-8', 'BULK-12')`);
    await db.query(`UPDATE law_enforcement_case SET handling_code = 'H0' WHERE reference IN ('BULK-2', 'BULK-3')`);
    await db.query(`UPDATE law_enforcement_case SET jurisdiction = 'UA', opened_on = DATE '2024-12-31' WHERE reference = 'BULK-16'`);
    await db.query(`UPDATE law_enforcement_case SET types_of_exploitation = '{}' WHERE reference = 'BULK-20'`);
    await db.query(`UPDATE law_enforcement_case SET status = 'CLOSED', closed_on = opened_on + 1 WHERE reference LIKE 'BULK-1%'`);
    expect(await differences()).toEqual([]);
  });

  it('follows suspects and legs edited, moved to another case and deleted one by one', async () => {
    await db.query(`UPDATE person_record SET category = 'VICTIM' WHERE id = (SELECT id FROM person_record WHERE category = 'SUSPECT' ORDER BY id LIMIT 1)`);
    await db.query(`UPDATE person_record SET perpetrator_roles = '{Smuggler,Abuser}' WHERE category = 'SUSPECT' AND case_id IN (SELECT id FROM law_enforcement_case WHERE reference = 'BULK-24')`);
    await db.query(`UPDATE journey_leg SET mode = 'SEA', to_code = 'ROCND' WHERE id IN (SELECT id FROM journey_leg ORDER BY id LIMIT 5)`);
    await db.query(`UPDATE journey_leg SET case_id = (SELECT id FROM law_enforcement_case WHERE reference = 'BULK-3') WHERE id IN (SELECT id FROM journey_leg ORDER BY id DESC LIMIT 4)`);
    await db.query('DELETE FROM journey_leg WHERE id IN (SELECT id FROM journey_leg ORDER BY id LIMIT 3)');
    await db.query(`DELETE FROM person_record WHERE id IN (SELECT person_record_id FROM journey_leg WHERE person_record_id IS NOT NULL ORDER BY id LIMIT 2)`);
    expect(await differences()).toEqual([]);
  });

  it('counts out an erased case with its suspects and legs, and a retention run over many', async () => {
    await db.query(`DELETE FROM law_enforcement_case WHERE id = ANY(ARRAY(SELECT id FROM law_enforcement_case WHERE reference IN ('BULK-5', 'BULK-9')))`);
    await db.query(`DELETE FROM law_enforcement_case WHERE retention_until < DATE '2030-01-20'`);
    expect(await differences()).toEqual([]);
  });

  it('follows an import that upserts cases and adds legs to existing ones in one statement each', async () => {
    await db.query(
      `INSERT INTO law_enforcement_case (reference, owner_org, status, jurisdiction, opened_on, handling_code, source_reliability, information_accuracy, retention_until)
       SELECT 'BULK-' || n, 'police', 'OPEN', 'GB', DATE '2024-03-01', 'H1', 'A', '1', DATE '2031-01-01' FROM generate_series(25, 70) n
       ON CONFLICT (owner_org, reference) DO UPDATE SET jurisdiction = excluded.jurisdiction, opened_on = excluded.opened_on, handling_code = excluded.handling_code`,
    );
    await insertCases('MORE-', 10);
    expect(await differences()).toEqual([]);
  });

  it('is recounted when a base table is truncated', async () => {
    await db.query('TRUNCATE journey_leg');
    expect(await differences()).toEqual([]);
    await db.query('TRUNCATE law_enforcement_case CASCADE');
    expect(await differences()).toEqual([]);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM aggregate_rollup');
    expect(n).toBe(0);
  });

  it('drops cells that fall to zero, so it holds exactly the groups a recount finds', async () => {
    await insertCases('ZERO-', 8);
    await db.query(`DELETE FROM law_enforcement_case WHERE reference LIKE 'ZERO-%'`);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM aggregate_rollup');
    expect(n).toBe(0);
  });
});
