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
 * `aggregate_rollup` set-based, as the migrations do, and runs VACUUM ANALYZE
 * (bench/support/analytics-load.ts). It then times, one request at a time, the two profiles of
 * examples/: LocationProfile (a country in 2024, three sectors) and CorridorProfile (a country
 * pair in 2024, three sectors, each broken down), cycling through the countries so that no two
 * consecutive requests ask the same thing — through the dev stack's gateway (every subgraph and
 * the gateway on one event loop), then through a gateway and three sector subgraphs each in a
 * process of their own, as deployed (bench/support/analytics-deployed.ts); the same figures worked
 * out in-process (rollup read + protection, no HTTP); and, unless --no-write-cost, what a bulk
 * statement costs with and without the rollups' triggers (bench/support/analytics-write-cost.ts).
 *
 *   node --import tsx bench/analytics.ts --database-url postgres://postgres@127.0.0.1:5432/postgres
 *   node --import tsx bench/analytics.ts --records 200000 --requests 50 --no-write-cost
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { timeProfileInProcess } from './support/analytics-engine-time.js';
import { startDeployedTopology } from './support/analytics-deployed.js';
import { COUNTRIES, loadAnalyticsData } from './support/analytics-load.js';
import { timeWrite, WRITE_CASES } from './support/analytics-write-cost.js';
import { prepareBenchStack } from './support/bench-stack.js';

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

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Profile {
  readonly document: string;
  readonly variables: (i: number) => Record<string, unknown>;
}

/** One request at a time, after 10 unmeasured ones; sorted timings, and how many figures were refused as too specific. */
async function timeRequests(name: string, url: string, headers: Record<string, string>, profile: Profile): Promise<{ timings: number[]; refusals: number }> {
  const timings: number[] = [];
  let refusals = 0;
  for (let i = -10; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: profile.document, variables: profile.variables(i + 10) }) });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const elapsed = performance.now() - started;
    const unexpected = body.errors?.filter((error) => error.extensions?.code !== 'AGGREGATE_TOO_SPECIFIC') ?? [];
    if (unexpected.length > 0) throw new Error(`${name}: ${JSON.stringify(unexpected[0])}`);
    refusals += body.errors?.length ?? 0;
    if (i >= 0) timings.push(elapsed);
  }
  return { timings: timings.sort((a, b) => a - b), refusals };
}

async function main(): Promise<void> {
  const { start, cleanup } = await prepareBenchStack(values['database-url'] ?? process.env.DATABASE_URL);
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const { stack, postgres } = await start();
    const db = (name: string) => stack.subgraphs.get(name)!.dataSource;
    await loadAnalyticsData(db, RECORDS, postgres);

    const profiles: Record<'location' | 'corridor', Profile> = {
      location: { document: readFileSync(new URL('../examples/location-profile.graphql', import.meta.url), 'utf8'), variables: (i: number) => ({ code: COUNTRIES[i % 40], period: '2024' }) },
      corridor: {
        document: readFileSync(new URL('../examples/corridor-profile.graphql', import.meta.url), 'utf8'),
        variables: (i: number) => ({ origin: COUNTRIES[(i * 7) % 40], destination: COUNTRIES[(i * 3 + 1) % 40], period: '2024' }),
      },
    };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${stack.tokens['hub-analyst']}`, 'x-beacon-purpose': 'analysis' };
    const deployed = await startDeployedTopology(stack);
    try {
      for (const [name, profile] of Object.entries(profiles)) {
        const topologies = { 'one process': `${stack.gatewayUrl}/graphql`, 'own processes': deployed.graphqlUrl };
        for (const [topology, url] of Object.entries(topologies)) {
          const { timings, refusals } = await timeRequests(name, url, headers, profile);
          console.log(
            `${name.padEnd(9)} profile, ${topology.padEnd(13)}: p50 ${percentile(timings, 50).toFixed(1)} ms  p95 ${percentile(timings, 95).toFixed(1)} ms  max ${timings.at(-1)!.toFixed(1)} ms  (${REQUESTS} requests, ${refusals} figures refused as too specific)`,
          );
        }
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
    } finally {
      await deployed.stop();
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
