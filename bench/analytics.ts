/**
 * How fast a k-anonymous location or corridor profile comes back through the gateway, with
 * 1,000,000 records per sector (default).
 *
 * Starts the dev stack on throwaway databases (bench/support/bench-stack.ts), then bulk-loads each
 * sector's own tables directly with SQL `generate_series` — the seed generator (`beacon seed`)
 * is not ready yet, and a million GraphQL mutations would measure the writes, not the reads:
 *
 *   law enforcement  100,000 cases (10% H2, left out of aggregates) with a suspect each, and
 *                    1,000,000 journey legs, over 40 countries and 2024
 *   NGO              1,000,000 survivors with a recruitment and an exploitation event each
 *                    (2,000,000 events), and 100,000 incident reports
 *   financial        1,000,000 transactions (half wires between countries, half card or cash at a place)
 *
 * with the fact and rollup triggers off, then fills `survivor_route_fact` and each sector's
 * `aggregate_rollup` set-based, as the migrations do, and runs VACUUM ANALYZE. It then times, one
 * request at a time, the two profiles of examples/: LocationProfile (a country in 2024, three
 * sectors) and CorridorProfile (a country pair in 2024, three sectors, each broken down), cycling
 * through the countries so that no two consecutive requests ask the same thing; the same figures
 * worked out in-process (rollup read + protection, no HTTP); and, unless --no-write-cost, what a
 * bulk statement costs with and without the rollups' triggers (bench/support/analytics-write-cost.ts).
 *
 *   node --import tsx bench/analytics.ts --database-url postgres://postgres@127.0.0.1:5432/postgres
 *   node --import tsx bench/analytics.ts --records 200000 --requests 50 --no-write-cost
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { timeProfileInProcess } from './support/analytics-engine-time.js';
import { timeWrite, WRITE_CASES } from './support/analytics-write-cost.js';
import { prepareBenchStack } from './support/bench-stack.js';

const COUNTRIES = [
  'GB', 'MD', 'RO', 'UA', 'PL', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'GR', 'BG', 'HU', 'CZ', 'SK', 'AL', 'RS', 'TR', 'NG',
  'GH', 'VN', 'TH', 'KH', 'PH', 'CN', 'IN', 'NP', 'BD', 'PK', 'BR', 'MX', 'US', 'CA', 'AE', 'SA', 'QA', 'EG', 'MA', 'ET',
];
const ARRAY = `ARRAY[${COUNTRIES.map((code) => `'${code}'`).join(',')}]`;
/** A country (1-based in the SQL array) for row n, skewed so that some countries are hotspots. */
const country = (n: string, salt: number) => `(${ARRAY})[1 + (((${n})::bigint * ${salt}) % 997 % 40 * ((${n})::bigint % 3 + 1) % 40)::int]`;

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    records: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '100' },
    'write-cost': { type: 'boolean', default: true },
  },
  // --no-write-cost skips the timing of bulk writes with and without the rollups' triggers.
  allowNegative: true,
});
const RECORDS = Number(values.records);
const REQUESTS = Number(values.requests);

async function loadLawEnforcement(db: DataSource): Promise<void> {
  const cases = Math.max(1, Math.round(RECORDS / 10));
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
     WHERE c.n * 10 + g <= ${RECORDS}`);
}

async function loadNgo(db: DataSource): Promise<void> {
  await db.query(`
    INSERT INTO survivor (given_name, gender, owner_org, retention_until, age_when_trafficked, types_of_exploitation, methods_of_control, citizenships, source_record_id)
    SELECT 'bench', (enum_range(NULL::htcds_gender))[1 + n % 6], 'bench-ngo', DATE '2099-01-01', 8 + n % 50,
           ARRAY[(ARRAY['FORCED_LABOUR','SEXUAL_EXPLOITATION','SERVITUDE','FORCED_BEGGING'])[1 + n % 4]],
           ARRAY[(ARRAY['DEBT_BONDAGE','FALSE_PROMISES','WITHHOLDS_DOCUMENTS'])[1 + n % 3]], ARRAY[${country('n', 13)}], 'bench-' || n
      FROM generate_series(1, ${RECORDS}) n`);
  await db.query(`
    INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
    SELECT id, 'bench-ngo', stage, CASE WHEN stage = 'RECRUITMENT' THEN ${country('h', 13)} ELSE ${country('h', 7)} || chr(65 + h % 5) || 'CC' END,
           DATE '2024-01-01' + (h % 360)::int + CASE WHEN stage = 'RECRUITMENT' THEN 0 ELSE 5 END
      FROM (SELECT id, abs(hashtext(id::text)) AS h FROM survivor WHERE owner_org = 'bench-ngo') s, unnest(ARRAY['RECRUITMENT', 'EXPLOITATION']) stage`);
  await db.query(`
    INSERT INTO incident_report (owner_org, place_code, occurred_on, type_of_exploitation, source, reliability, retention_until)
    SELECT 'bench-ngo', ${country('n', 7)} || chr(65 + n % 5) || 'CC', DATE '2024-01-01' + (n % 366)::int,
           (ARRAY['FORCED_LABOUR','SEXUAL_EXPLOITATION','FORCED_BEGGING'])[1 + n % 3], (ARRAY['HOTLINE','OPEN_SOURCE','PARTNER'])[1 + n % 3], 'B', DATE '2099-01-01'
      FROM generate_series(1, ${Math.round(RECORDS / 10)}) n`);
}

async function loadFinancial(db: DataSource): Promise<void> {
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
      FROM accounts, generate_series(1, ${RECORDS}) n`);
}

const TRIGGERED: Readonly<Record<string, readonly string[]>> = {
  'law-enforcement': ['law_enforcement_case', 'person_record', 'journey_leg'],
  ngo: ['survivor', 'trafficking_event', 'survivor_route_fact', 'incident_report'],
  financial: ['account_transaction'],
};

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(0);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const { start, cleanup } = await prepareBenchStack(values['database-url'] ?? process.env.DATABASE_URL);
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const { stack, postgres } = await start();
    const db = (name: string) => stack.subgraphs.get(name)!.dataSource;
    // The load runs with the fact and rollup triggers off, then fills both once, set-based, as
    // the migrations do (a million rows through the triggers would also work, as one delta).
    for (const [sector, tables] of Object.entries(TRIGGERED)) for (const table of tables) await db(sector).query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    const loadStarted = performance.now();
    await Promise.all([loadLawEnforcement(db('law-enforcement')), loadNgo(db('ngo')), loadFinancial(db('financial'))]);
    console.log(`loaded ${RECORDS.toLocaleString('en')} records per sector in ${seconds(loadStarted)} s (${postgres}); load average ${loadavg()[0]!.toFixed(1)}`);
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

    const profiles = {
      location: { document: readFileSync(new URL('../examples/location-profile.graphql', import.meta.url), 'utf8'), variables: (i: number) => ({ code: COUNTRIES[i % 40], period: '2024' }) },
      corridor: {
        document: readFileSync(new URL('../examples/corridor-profile.graphql', import.meta.url), 'utf8'),
        variables: (i: number) => ({ origin: COUNTRIES[(i * 7) % 40], destination: COUNTRIES[(i * 3 + 1) % 40], period: '2024' }),
      },
    };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${stack.tokens['hub-analyst']}`, 'x-beacon-purpose': 'analysis' };
    for (const [name, profile] of Object.entries(profiles)) {
      const timings: number[] = [];
      let refusals = 0;
      for (let i = -10; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: profile.document, variables: profile.variables(i + 10) }) });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        const elapsed = performance.now() - started;
        const unexpected = body.errors?.filter((error) => error.extensions?.code !== 'AGGREGATE_TOO_SPECIFIC') ?? [];
        if (unexpected.length > 0) throw new Error(`${name}: ${JSON.stringify(unexpected[0])}`);
        refusals += body.errors?.length ?? 0;
        if (i >= 0) timings.push(elapsed);
      }
      timings.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(9)} profile: p50 ${percentile(timings, 50).toFixed(1)} ms  p95 ${percentile(timings, 95).toFixed(1)} ms  max ${timings.at(-1)!.toFixed(1)} ms  (${REQUESTS} requests, ${refusals} figures refused as too specific)`,
      );
      // The same figures worked out in-process: what of the above is the subgraphs' own work.
      const inProcess: Record<string, number[]> = {};
      for (let i = 0; i < REQUESTS; i++) {
        const vars = profile.variables(i + 10) as Record<string, string>;
        const target = name === 'location' ? { kind: 'LOCATION' as const, code: vars.code! } : { kind: 'CORRIDOR' as const, origin: vars.origin!, destination: vars.destination! };
        for (const [sector, ms] of Object.entries(await timeProfileInProcess(name as 'location' | 'corridor', target, '2024', db))) (inProcess[sector] ??= []).push(ms);
      }
      console.log(
        `${''.padEnd(9)} in-process p50 per sector (rollup read + protection): ${Object.entries(inProcess)
          .map(([sector, ms]) => `${sector} ${percentile(ms.sort((a, b) => a - b), 50).toFixed(1)} ms`)
          .join(', ')}`,
      );
    }
    console.log(`load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`);

    if (values['write-cost']) {
      console.log('one bulk statement, median of 3 (rolled back): none / before / rollups');
      for (const write of WRITE_CASES) {
        const figures: string[] = [];
        for (const variant of ['none', 'before', 'rollups'] as const) figures.push(`${(await timeWrite(db(write.sector), write, variant)).toFixed(0)} ms`);
        console.log(`${write.sector.padEnd(16)} ${write.what.padEnd(31)} ${figures.join(' / ')}`);
      }
      console.log(`load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
    }
  } finally {
    await cleanup();
  }
}

await main();
