/**
 * The analytics bench's data (bench/analytics.ts): each sector's own tables bulk-loaded with SQL
 * `generate_series` over 40 skewed countries and 2024, with the fact and rollup triggers off —
 * a million GraphQL mutations would measure the writes, not the reads.
 */
import { loadavg } from 'node:os';
import type { DataSource } from 'typeorm';

export const COUNTRIES = [
  'GB', 'MD', 'RO', 'UA', 'PL', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'GR', 'BG', 'HU', 'CZ', 'SK', 'AL', 'RS', 'TR', 'NG',
  'GH', 'VN', 'TH', 'KH', 'PH', 'CN', 'IN', 'NP', 'BD', 'PK', 'BR', 'MX', 'US', 'CA', 'AE', 'SA', 'QA', 'EG', 'MA', 'ET',
];
const ARRAY = `ARRAY[${COUNTRIES.map((code) => `'${code}'`).join(',')}]`;
/** A country (1-based in the SQL array) for row n, skewed so that some countries are hotspots. */
const country = (n: string, salt: number) => `(${ARRAY})[1 + (((${n})::bigint * ${salt}) % 997 % 40 * ((${n})::bigint % 3 + 1) % 40)::int]`;

export async function loadLawEnforcement(db: DataSource, records: number): Promise<void> {
  const cases = Math.max(1, Math.round(records / 10));
  await db.query(`
    INSERT INTO law_enforcement_case (reference, owner_org, status, jurisdiction, opened_on, types_of_exploitation, handling_code, source_reliability, information_accuracy, retention_until)
    SELECT 'BENCH-' || n, 'bench-police', 'OPEN', ${country('n', 7)}, DATE '2024-01-01' + (n % 366)::int,
           ARRAY[(enum_range(NULL::exploitation_type))[1 + n % 11]], CASE WHEN n % 10 = 0 THEN 'H2' ELSE 'H0' END::handling_code, 'B', '2', DATE '2099-01-01'
      FROM generate_series(1, ${cases}) n`);
  await db.query(`
    INSERT INTO person_record (case_id, category, owner_org, perpetrator_roles)
    SELECT id, 'SUSPECT', 'bench-police', ARRAY['Transporter']::perpetrator_role[] FROM law_enforcement_case WHERE owner_org = 'bench-police'`);
  await db.query(`
    INSERT INTO journey_leg (case_id, from_code, to_code, travelled_on, mode, border_crossing, owner_org)
    SELECT c.id, ${country('(c.n * 10 + g)', 13)} || 'AAA', ${country('(c.n * 10 + g)', 7)} || chr(65 + g % 5) || 'BB',
           c.opened_on + g, (enum_range(NULL::journey_leg_mode))[1 + g % 6], true, 'bench-police'
      FROM (SELECT id, opened_on, row_number() OVER () AS n FROM law_enforcement_case WHERE owner_org = 'bench-police') c, generate_series(0, 9) g
     WHERE c.n * 10 + g <= ${records}`);
}

export async function loadNgo(db: DataSource, records: number): Promise<void> {
  await db.query(`
    INSERT INTO survivor (given_name, gender, owner_org, retention_until, age_when_trafficked, types_of_exploitation, methods_of_control, citizenships, source_record_id)
    SELECT 'bench', (enum_range(NULL::htcds_gender))[1 + n % 6], 'bench-ngo', DATE '2099-01-01', 8 + n % 50,
           ARRAY[(ARRAY['FORCED_LABOUR','SEXUAL_EXPLOITATION','SERVITUDE','FORCED_BEGGING'])[1 + n % 4]],
           ARRAY[(ARRAY['DEBT_BONDAGE','FALSE_PROMISES','WITHHOLDS_DOCUMENTS'])[1 + n % 3]], ARRAY[${country('n', 13)}], 'bench-' || n
      FROM generate_series(1, ${records}) n`);
  await db.query(`
    INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
    SELECT id, 'bench-ngo', stage, CASE WHEN stage = 'RECRUITMENT' THEN ${country('h', 13)} ELSE ${country('h', 7)} || chr(65 + h % 5) || 'CC' END,
           DATE '2024-01-01' + (h % 360)::int + CASE WHEN stage = 'RECRUITMENT' THEN 0 ELSE 5 END
      FROM (SELECT id, abs(hashtext(id::text)) AS h FROM survivor WHERE owner_org = 'bench-ngo') s, unnest(ARRAY['RECRUITMENT', 'EXPLOITATION']) stage`);
  await db.query(`
    INSERT INTO incident_report (owner_org, place_code, occurred_on, type_of_exploitation, source, reliability, retention_until)
    SELECT 'bench-ngo', ${country('n', 7)} || chr(65 + n % 5) || 'CC', DATE '2024-01-01' + (n % 366)::int,
           (ARRAY['FORCED_LABOUR','SEXUAL_EXPLOITATION','FORCED_BEGGING'])[1 + n % 3], (ARRAY['HOTLINE','OPEN_SOURCE','PARTNER'])[1 + n % 3], 'B', DATE '2099-01-01'
      FROM generate_series(1, ${Math.round(records / 10)}) n`);
}

export async function loadFinancial(db: DataSource, records: number): Promise<void> {
  await db.query(`
    INSERT INTO account (owner_org, type, iban, country)
    SELECT 'bench-bank', 'CURRENT', 'BENCH' || n, 'GB' FROM generate_series(1, 1000) n`);
  await db.query(`
    WITH accounts AS (SELECT array_agg(id) AS ids FROM account WHERE owner_org = 'bench-bank')
    INSERT INTO account_transaction (owner_org, source_record_id, from_account_id, amount_minor, currency, occurred_at, channel,
                                     counterparty_kind, origin_country, destination_country, location_code, location_country, retention_until)
    SELECT 'bench-bank', 'bench-' || n, ids[1 + n % 1000], CASE WHEN n % 17 = 0 THEN 950000 ELSE 1000 + n % 90000 END,
           (ARRAY['GBP','EUR','USD'])[1 + n % 3], TIMESTAMPTZ '2024-01-01' + (n % 366) * interval '1 day',
           CASE WHEN n % 2 = 0 THEN 'WIRE' WHEN n % 17 = 0 THEN 'CASH_DEPOSIT' ELSE 'CARD' END::transaction_channel,
           CASE WHEN n % 23 = 0 THEN 'CLASSIFIED_AD_SITE' END::counterparty_kind,
           CASE WHEN n % 2 = 0 THEN ${country('n', 13)} END, CASE WHEN n % 2 = 0 THEN ${country('n', 7)} END,
           CASE WHEN n % 2 = 1 THEN ${country('n', 7)} || chr(65 + n % 5) || 'DD' END, CASE WHEN n % 2 = 1 THEN ${country('n', 7)} END,
           DATE '2099-01-01'
      FROM accounts, generate_series(1, ${records}) n`);
}

const TRIGGERED: Readonly<Record<string, readonly string[]>> = {
  'law-enforcement': ['law_enforcement_case', 'person_record', 'journey_leg'],
  ngo: ['survivor', 'trafficking_event', 'survivor_route_fact', 'incident_report'],
  financial: ['account_transaction'],
};

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(0);

/**
 * Loads `records` per sector, then fills `survivor_route_fact` and each sector's `aggregate_rollup`
 * set-based, as the migrations do, and runs VACUUM ANALYZE; logs what each step took.
 */
export async function loadAnalyticsData(db: (sector: string) => DataSource, records: number, postgres: string): Promise<void> {
  // The load runs with the fact and rollup triggers off, then fills both once, set-based, as
  // the migrations do (a million rows through the triggers would also work, as one delta).
  for (const [sector, tables] of Object.entries(TRIGGERED)) for (const table of tables) await db(sector).query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  const loadStarted = performance.now();
  await Promise.all([loadLawEnforcement(db('law-enforcement'), records), loadNgo(db('ngo'), records), loadFinancial(db('financial'), records)]);
  console.log(`loaded ${records.toLocaleString('en')} records per sector in ${seconds(loadStarted)} s (${postgres}); load average ${loadavg()[0]!.toFixed(1)}`);
  const fills = await Promise.all(
    Object.entries(TRIGGERED).map(async ([sector, tables]) => {
      const started = performance.now();
      if (sector === 'ngo') {
        await db(sector).query('ANALYZE trafficking_event');
        await db(sector).query('SELECT refresh_survivor_route_facts(ARRAY(SELECT id FROM survivor))');
      }
      for (const table of tables) await db(sector).query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await db(sector).query('SELECT aggregate_rollup_rebuild()');
      const [{ cells }] = await db(sector).query('SELECT count(*)::int AS cells FROM aggregate_rollup');
      return `${sector} ${seconds(started)} s (${cells.toLocaleString('en')} cells)`;
    }),
  );
  console.log(`rollups filled: ${fills.join(', ')}`);
  const vacuumStarted = performance.now();
  await Promise.all(Object.keys(TRIGGERED).map((sector) => db(sector).query('VACUUM ANALYZE')));
  console.log(`VACUUM ANALYZE in ${seconds(vacuumStarted)} s`);
}
