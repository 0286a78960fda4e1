import type { DataSource } from 'typeorm';

/**
 * What keeping the rollups costs a bulk write: one set-based statement (as `beacon import` writes
 * a batch), timed inside a transaction that is rolled back, so the tables stay as loaded.
 *
 *   none     every user trigger off: the INSERT alone
 *   before   as Beacon wrote before the rollups: no trigger on legs and transactions; survivors'
 *            facts refreshed by the former row trigger, once per event
 *   rollups  as shipped: statement-level triggers keep survivor_route_fact and aggregate_rollup
 */
export type WriteVariant = 'none' | 'before' | 'rollups';

interface WriteCase {
  readonly sector: string;
  readonly what: string;
  /** Tables whose user triggers the variants switch. */
  readonly tables: readonly string[];
  readonly prepare?: string;
  readonly statement: string;
  /** Extra SQL that makes `before` what it was (within the rolled-back transaction). */
  readonly before?: readonly string[];
}

export const WRITE_CASES: readonly WriteCase[] = [
  {
    sector: 'law-enforcement',
    what: '10,000 journey legs',
    tables: ['journey_leg'],
    statement: `
      INSERT INTO journey_leg (case_id, from_code, to_code, travelled_on, mode, border_crossing, owner_org)
      SELECT c.id, 'MDAAA', 'GBLON', c.opened_on + g, 'ROAD', true, 'bench-police'
        FROM (SELECT id, opened_on FROM law_enforcement_case WHERE owner_org = 'bench-police' LIMIT 1000) c, generate_series(0, 9) g`,
  },
  {
    sector: 'ngo',
    what: '5,000 survivors, 10,000 events',
    tables: ['trafficking_event', 'survivor_route_fact', 'survivor'],
    prepare: `
      INSERT INTO survivor (given_name, gender, owner_org, retention_until, types_of_exploitation, source_record_id)
      SELECT 'write-cost', 'FEMININE', 'bench-write', DATE '2099-01-01', '{FORCED_LABOUR}', 'write-' || n FROM generate_series(1, 5000) n`,
    statement: `
      INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
      SELECT id, 'bench-write', stage, CASE WHEN stage = 'RECRUITMENT' THEN 'MDKIV' ELSE 'GBLON' END, DATE '2024-03-01'
        FROM survivor, unnest(ARRAY['RECRUITMENT', 'EXPLOITATION']) stage WHERE owner_org = 'bench-write'`,
    before: [`CREATE TRIGGER trafficking_event_route_fact AFTER INSERT OR UPDATE OR DELETE ON trafficking_event FOR EACH ROW EXECUTE FUNCTION trafficking_event_route_fact()`],
  },
  {
    sector: 'financial',
    what: '10,000 transactions',
    tables: ['account_transaction'],
    statement: `
      INSERT INTO account_transaction (owner_org, source_record_id, from_account_id, amount_minor, currency, occurred_at, channel,
                                       origin_country, destination_country, retention_until)
      SELECT 'bench-bank', 'write-' || n, (SELECT id FROM account WHERE owner_org = 'bench-bank' LIMIT 1), 1000 + n, 'EUR',
             TIMESTAMPTZ '2024-05-01' + n * interval '1 minute', 'WIRE', 'MD', 'GB', DATE '2099-01-01'
        FROM generate_series(1, 10000) n`,
  },
];

/** Median of `runs` timings (ms) of the case's statement under a variant. */
export async function timeWrite(db: DataSource, write: WriteCase, variant: WriteVariant, runs = 3): Promise<number> {
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      if (write.prepare) await runner.query(write.prepare);
      if (variant !== 'rollups') for (const table of write.tables) await runner.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      if (variant === 'before') for (const statement of write.before ?? []) await runner.query(statement);
      const started = performance.now();
      await runner.query(write.statement);
      timings.push(performance.now() - started);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  return timings.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
