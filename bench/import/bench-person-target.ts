import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { ImportTarget, RowProblem } from '../../shared/import/index.js';
import { createExactKeyDeriver, type ExactKey } from '../../shared/linkage/index.js';
import { LINKAGE_OUTBOX_DDL } from '../../shared/linkage-outbox/index.js';
import { isCountryCode } from '../../shared/reference-data/index.js';

/**
 * A benchmark-local target over a person table shaped like a sector's, for when no sector offers
 * a set-based target: validation as the sectors do it (required names, real dates, enums, ISO
 * 3166, phones through linkage's normaliser) and the linkage keys (HMAC-SHA256 per identifier)
 * queued in the outbox in the same transaction.
 */
export class BenchPeople1700000000001 implements MigrationInterface {
  name = 'BenchPeople1700000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE bench_person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source_record_id text NOT NULL UNIQUE,
      owner_org text NOT NULL,
      given_name text NOT NULL,
      family_name text NOT NULL,
      date_of_birth date,
      gender text NOT NULL,
      citizenship char(2),
      phones text[] NOT NULL,
      notes text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    for (const statement of LINKAGE_OUTBOX_DDL) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE bench_person');
    await runner.query('DROP TABLE linkage_outbox');
  }
}

export const BENCH_COLUMNS = ['source_record_id', 'given_name', 'family_name', 'date_of_birth', 'gender', 'citizenship', 'phones', 'notes'];
const GENDERS = new Set(['FEMININE', 'MASCULINE', 'TRANSGENDER', 'OTHER', 'UNKNOWN']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface BenchPerson {
  readonly sourceRecordId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string | null;
  readonly gender: string;
  readonly citizenship: string | null;
  readonly phones: string[];
  readonly notes: string | null;
  readonly keys: ExactKey[];
}

export function benchPersonTarget(linkageSecret: string): ImportTarget<BenchPerson> {
  const deriveKeys = createExactKeyDeriver(linkageSecret);
  const today = new Date().toISOString().slice(0, 10);
  return {
    name: 'bench-person',
    requiredColumns: BENCH_COLUMNS.slice(0, 7),
    sourceIdColumn: 'source_record_id',
    sourceIdOf: (record) => record.sourceRecordId,
    parseRow(row) {
      const problems: RowProblem[] = [];
      const text = (column: string) => (row[column] ?? '').trim();
      const sourceRecordId = text('source_record_id');
      const givenName = text('given_name');
      const familyName = text('family_name');
      const dateOfBirth = text('date_of_birth');
      const gender = text('gender').toUpperCase();
      const citizenship = text('citizenship').toUpperCase();
      const phones = text('phones').split(';').map((phone) => phone.trim()).filter((phone) => phone !== '');
      if (sourceRecordId === '') problems.push({ field: 'source_record_id', reason: 'is required' });
      if (givenName === '' && familyName === '') problems.push({ field: 'given_name', reason: 'a given or family name is required' });
      if (dateOfBirth !== '' && (!ISO_DAY.test(dateOfBirth) || !isRealDay(dateOfBirth) || dateOfBirth > today)) {
        problems.push({ field: 'date_of_birth', reason: `"${dateOfBirth}" is not a past date (YYYY-MM-DD)` });
      }
      if (!GENDERS.has(gender)) problems.push({ field: 'gender', reason: `"${gender}" is not one of ${[...GENDERS].join(', ')}` });
      if (citizenship !== '' && !isCountryCode(citizenship)) problems.push({ field: 'citizenship', reason: `"${citizenship}" is not an ISO 3166 country code` });
      const { keys, rejected } = deriveKeys({
        names: [{ given: givenName || undefined, family: familyName || undefined }],
        dateOfBirth: dateOfBirth || undefined,
        phones,
      });
      for (const { field, reason } of rejected) problems.push({ field: field.startsWith('phones') ? 'phones' : field, reason });
      if (problems.length > 0) return { ok: false, problems };
      return {
        ok: true,
        value: {
          sourceRecordId,
          givenName,
          familyName,
          dateOfBirth: dateOfBirth || null,
          gender,
          citizenship: citizenship || null,
          phones,
          notes: row.notes ? row.notes : null,
          keys,
        },
      };
    },
    async writeBatch(manager: EntityManager, principal, records) {
      const column = <K extends keyof BenchPerson>(key: K) => records.map((record) => record[key]);
      const written: Array<{ id: string; source_record_id: string; inserted: boolean }> = await manager.query(
        `INSERT INTO bench_person (source_record_id, owner_org, given_name, family_name, date_of_birth, gender, citizenship, phones, notes)
         SELECT s, $1, g, f, d, x, c, string_to_array(p, chr(31)), n
         FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[]) AS t(s, g, f, d, x, c, p, n)
         ON CONFLICT (source_record_id) DO UPDATE SET given_name = excluded.given_name, family_name = excluded.family_name,
           date_of_birth = excluded.date_of_birth, gender = excluded.gender, citizenship = excluded.citizenship,
           phones = excluded.phones, notes = excluded.notes
         WHERE (bench_person.given_name, bench_person.family_name, bench_person.date_of_birth, bench_person.gender,
                bench_person.citizenship, bench_person.phones, bench_person.notes)
           IS DISTINCT FROM (excluded.given_name, excluded.family_name, excluded.date_of_birth, excluded.gender,
                excluded.citizenship, excluded.phones, excluded.notes)
         RETURNING id, source_record_id, (xmax = 0) AS inserted`,
        [
          principal.org,
          column('sourceRecordId'),
          column('givenName'),
          column('familyName'),
          column('dateOfBirth'),
          column('gender'),
          column('citizenship'),
          records.map((record) => record.phones.join('\u001f')),
          column('notes'),
        ],
      );
      if (written.length > 0) {
        const bySource = new Map(records.map((record) => [record.sourceRecordId, record]));
        const publications = written.map((row) =>
          JSON.stringify({
            recordType: 'BenchPerson',
            recordId: row.id,
            category: 'PERSON',
            discoverableBy: [],
            keys: (bySource.get(row.source_record_id)?.keys ?? []).map(({ kind, value }) => ({ kind, value })),
            erased: false,
          }),
        );
        await manager.query('INSERT INTO linkage_outbox (record_id, publication) SELECT * FROM unnest($1::text[], $2::jsonb[])', [
          written.map((row) => row.id),
          publications,
        ]);
      }
      const inserted = written.filter((row) => row.inserted).length;
      return { inserted, updated: written.length - inserted, unchanged: records.length - written.length };
    },
  };
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

const GIVEN = ['Elena', 'Amina', 'Minh', 'Maria', 'Jonas', 'Fatima', 'Olga', 'Ivan', 'Grace', 'Chen', 'Lucia', 'Omar', 'Sara', 'Pavel', 'Nadia'];
const FAMILY = ['Petrova', 'Yusuf', 'Tran', 'Garcia', 'Schmidt', 'Haddad', 'Ivanova', "O'Neil", 'Nguyen', 'Okafor', 'Rossi', 'Kowalski'];
const COUNTRIES = ['MD', 'NG', 'VN', 'RO', 'UA', 'DE', 'FR', 'GB', 'TH', 'PH', 'AL', 'BG'];
const GENDER_LIST = [...GENDERS];

/** Row `i` of the generated file (1-based), deterministic; every 20th person has two phones. */
export function benchPersonLine(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const phone = `+3736${String(9_000_000 + (i % 999_983)).padStart(7, '0')}`;
  const phones = i % 20 === 0 ? `${phone};+44 20 7946 ${String(i % 10_000).padStart(4, '0')}` : phone;
  return `src-${i},${GIVEN[i % GIVEN.length]},"${FAMILY[(i * 7) % FAMILY.length]}",${1960 + (i % 45)}-${month}-${day},${GENDER_LIST[i % 4]},${COUNTRIES[i % COUNTRIES.length]},${phones},"intake ${i}, referred"\n`;
}

export const BENCH_HEADER = `${BENCH_COLUMNS.join(',')}\n`;
