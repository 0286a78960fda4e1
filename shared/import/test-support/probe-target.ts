import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { ImportTarget, RowProblem } from '../import-target.js';
import { RefusedRows } from '../refused-rows.js';

/** A tiny table for the engine's tests: the engine's behaviour, not a sector's domain. */
export class ImportProbe1700000000000 implements MigrationInterface {
  name = 'ImportProbe1700000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE import_probe (
      id bigserial PRIMARY KEY,
      source_id text NOT NULL UNIQUE,
      org text NOT NULL,
      given_name text NOT NULL,
      family_name text,
      born date,
      amount_minor bigint,
      notes text
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE import_probe');
  }
}

export interface ProbeRecord {
  readonly sourceId: string;
  readonly givenName: string;
  readonly familyName: string | null;
  readonly born: string | null;
  readonly amountMinor: string | null;
  readonly notes: string | null;
}

/** A given name that makes `writeBatch` fail after it has written, to prove the rollback. */
export const FAILING_NAME = 'FAIL-THE-BATCH';
/** A family name `writeBatch` refuses before writing, as a reference the database does not know. */
export const UNKNOWN_FAMILY = 'NO-SUCH-FAMILY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export const probeTarget: ImportTarget<ProbeRecord> = {
  name: 'probe',
  requiredColumns: ['source_id', 'given_name', 'family_name', 'born', 'amount_minor'],
  sourceIdColumn: 'source_id',
  sourceIdOf: (record) => record.sourceId,
  parseRow(row) {
    const problems: RowProblem[] = [];
    const text = (name: string) => (row[name] ?? '').trim();
    if (text('source_id') === '') problems.push({ field: 'source_id', reason: 'is required' });
    if (text('given_name') === '') problems.push({ field: 'given_name', reason: 'is required' });
    if (text('born') !== '' && !isRealDate(text('born'))) {
      problems.push({ field: 'born', reason: `"${text('born')}" is not a date (YYYY-MM-DD)` });
    }
    if (text('amount_minor') !== '' && !/^\d+$/.test(text('amount_minor'))) {
      problems.push({ field: 'amount_minor', reason: `"${text('amount_minor')}" is not a whole non-negative number of minor units` });
    }
    if (problems.length > 0) return { ok: false, problems };
    const optional = (name: string) => (text(name) === '' ? null : text(name));
    return {
      ok: true,
      value: {
        sourceId: text('source_id'),
        givenName: text('given_name'),
        familyName: optional('family_name'),
        born: optional('born'),
        amountMinor: optional('amount_minor'),
        notes: row.notes === undefined || row.notes === '' ? null : row.notes,
      },
    };
  },
  async writeBatch(manager: EntityManager, principal, records) {
    const refused = new RefusedRows();
    for (const record of records) {
      if (record.familyName === UNKNOWN_FAMILY) refused.add({ sourceRecordId: record.sourceId, column: 'family_name', reason: 'no such family' });
    }
    refused.throwIfAny();
    const column = <K extends keyof ProbeRecord>(key: K) => records.map((record) => record[key]);
    const written: Array<{ inserted: boolean }> = await manager.query(
      `INSERT INTO import_probe (source_id, org, given_name, family_name, born, amount_minor, notes)
       SELECT s, $1, g, f, b, a, n FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::bigint[], $7::text[]) AS t(s, g, f, b, a, n)
       ON CONFLICT (source_id) DO UPDATE SET given_name = excluded.given_name, family_name = excluded.family_name,
         born = excluded.born, amount_minor = excluded.amount_minor, notes = excluded.notes
       WHERE (import_probe.given_name, import_probe.family_name, import_probe.born, import_probe.amount_minor, import_probe.notes)
         IS DISTINCT FROM (excluded.given_name, excluded.family_name, excluded.born, excluded.amount_minor, excluded.notes)
       RETURNING (xmax = 0) AS inserted`,
      [principal.org, column('sourceId'), column('givenName'), column('familyName'), column('born'), column('amountMinor'), column('notes')],
    );
    if (records.some((record) => record.givenName === FAILING_NAME)) throw new Error('the probe refuses this batch');
    const inserted = written.filter((row) => row.inserted).length;
    return { inserted, updated: written.length - inserted, unchanged: records.length - written.length };
  },
};
