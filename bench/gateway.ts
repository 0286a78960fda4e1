/**
 * Gateways side by side under load (issue 6, item 10). Starts the dev stack's four subgraphs in
 * one child process, then each gateway under test alone in a child process of its own, on the same
 * supergraph: bare Hive Gateway with the JS and with the Rust planner, Beacon's gateway with all
 * its plugins on each planner (Rust, its default, and JS), and `@apollo/gateway` in `@apollo/server`. Loads the
 * NGO subgraph directly (the floor), then every gateway with a single-subgraph and a cross-sector
 * query, with the same concurrent keep-alive clients (a worker thread of this process) for the
 * same time. Prints requests, errors, req/s, p50 and p99, each server process's CPU time per
 * request, and the ratios with their goals. Exits 1 if any request failed.
 *
 *   npm run bench:gateway                                  # 100 clients, 60 s per row
 *   npm run bench:gateway -- --seconds 10 --connections 50 --gateways hive,beacon --operations single
 *   npm run bench:gateway -- --database-url postgres://postgres@127.0.0.1:5432/postgres
 *
 * Figures depend on the machine and on what else runs on it: compare rows of one run.
 */
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { PersonaName } from '../shared/auth/index.js';
import { compare, formatGoals, type Goal } from './gateway-goals.js';
import { readOptions, type BenchOptions, type OperationName } from './gateway-options.js';
import { GATEWAY_LABELS, type GatewayArgument, type GatewayInfo } from './support/gateways/gateway-kind.js';
import { formatSelfTimes, selfTimeByPlace } from './support/cpu-profile-summary.js';
import { postgresBackendsCpuMs } from './support/postgres-cpu.js';
import { figuresOf, formatTable, type TargetFigures } from './support/report-table.js';
import { runLoad } from './support/run-load.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import type { SubgraphsArgument, SubgraphsInfo } from './support/subgraphs-process.js';
import { checkTarget, type Target } from './support/target.js';

/** Far above what one machine serves in a run; only there so every loop is bounded by count too. */
const MAX_REQUESTS_PER_TARGET = 5_000_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** How long each server process is watched at rest, before its first load, for its idle CPU rate. */
const IDLE_SAMPLE_MS = 2_000;
/** A row whose p99 exceeds this fraction of its window is flagged as not at a steady state. */
const UNSTEADY_FRACTION = 4;
/** Places listed per profiled row, busiest first. */
const PROFILE_LINES = 25;
const SUBGRAPHS_ENTRY = new URL('./support/subgraphs-process.ts', import.meta.url);
const GATEWAY_ENTRY = new URL('./support/gateways/gateway-process.ts', import.meta.url);

/** Each persona's everyday purpose, one its token grants. */
const PURPOSE_OF: Readonly<Record<PersonaName, string>> = {
  'le-investigator': 'investigation',
  'ngo-caseworker': 'victim-support',
  'bank-compliance': 'aml-compliance',
  'hub-analyst': 'analysis',
};

interface Operation {
  readonly label: string;
  readonly query: string;
  readonly persona: PersonaName;
  /** The root field whose list must come back non-empty. */
  readonly list: string;
}

const OPERATIONS = {
  single: { label: 'survivors (ngo only)', query: '{ survivors(first: 5) { id givenName } }', persona: 'ngo-caseworker', list: 'survivors' },
  // Linkage, then the three sectors' `_entities`: a four-subgraph plan. The analyst is denied
  // survivor names by design; those FORBIDDEN errors are the expected answer.
  cross: {
    label: 'people (4 subgraphs)',
    query: '{ people(minSectors: 2) { id survivors { id givenName } personRecords { id } accountHolders { id } } }',
    persona: 'hub-analyst',
    list: 'people',
  },
} as const satisfies Record<OperationName, Operation>;

/** "Beacon" is its default (Rust planner); its plugins' cost is measured against bare Hive on the same planner. */
const GOALS: readonly Goal[] = [
  { name: 'Beacon / @apollo/gateway, cross-sector', numerator: 'beacon:cross', denominator: 'apollo:cross', atLeast: 3 },
  { name: 'Beacon / @apollo/gateway, single-subgraph', numerator: 'beacon:single', denominator: 'apollo:single', atLeast: undefined },
  { name: 'Beacon / bare Hive (Rust planner), cross-sector', numerator: 'beacon:cross', denominator: 'hive-rust:cross', atLeast: 0.9 },
  { name: 'Beacon / bare Hive (Rust planner), single-subgraph', numerator: 'beacon:single', denominator: 'hive-rust:single', atLeast: 0.9 },
  { name: 'Beacon (JS planner) / bare Hive (JS planner), cross-sector', numerator: 'beacon-js:cross', denominator: 'hive:cross', atLeast: 0.9 },
  { name: 'Beacon (JS planner) / bare Hive (JS planner), single-subgraph', numerator: 'beacon-js:single', denominator: 'hive:single', atLeast: 0.9 },
  { name: 'Beacon / subgraph direct, single-subgraph', numerator: 'beacon:single', denominator: 'direct:single', atLeast: 0.6 },
  { name: 'Beacon Rust / Beacon JS planner, cross-sector', numerator: 'beacon:cross', denominator: 'beacon-js:cross', atLeast: undefined },
  { name: 'bare Hive / subgraph direct, single-subgraph', numerator: 'hive:single', denominator: 'direct:single', atLeast: undefined },
  { name: 'Rust planner / JS planner (bare Hive), cross-sector', numerator: 'hive-rust:cross', denominator: 'hive:cross', atLeast: undefined },
  { name: 'Rust planner / JS planner (bare Hive), single-subgraph', numerator: 'hive-rust:single', denominator: 'hive:single', atLeast: undefined },
];

/**
 * CPU a server burns with no requests (timers, pollers such as the linkage outbox, GC), in ms per
 * second. At a few dozen requests per second on a busy machine, it is a visible share of the
 * CPU-per-request columns; printed so they can be read with it in mind.
 */
async function idleCpuRate(server: ServerProcess<unknown>): Promise<number> {
  const before = await server.cpuMs();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
  return ((await server.cpuMs()) - before) / (IDLE_SAMPLE_MS / 1000);
}

function cpuMsOf({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(2)).join(' / ');
}

async function main(options: BenchOptions, signal: AbortSignal): Promise<boolean> {
  // On Ctrl-C the load stops (runLoad rejects) and the `finally`s stop the gateway, then the
  // subgraphs, each cleaning up after itself.
  const subgraphs = await startServerProcess<SubgraphsInfo>(
    SUBGRAPHS_ENTRY,
    { databaseServerUrl: options.databaseServerUrl } satisfies SubgraphsArgument,
    { signal },
  );
  try {
    const { subgraphUrls, tokens, issuer, postgres, databasePrefix } = subgraphs.info;
    const rows = new Map<string, TargetFigures>();
    const errorReports: string[] = [];
    const profiles: string[] = [];
    const idleRates: string[] = [`subgraphs ${(await idleCpuRate(subgraphs)).toFixed(1)}`];

    /** Checks the target answers, loads it, and records its figures with each server's CPU time per request. */
    const measure = async (id: string, name: string, url: string, operation: Operation, gateway?: ServerProcess<GatewayInfo>) => {
      const target: Target = {
        name,
        url,
        // As a partner tool calls Beacon: its token and the purpose it declares.
        headers: { authorization: `Bearer ${tokens[operation.persona]}`, 'x-beacon-purpose': PURPOSE_OF[operation.persona] },
        body: JSON.stringify({ query: operation.query }),
        expectList: operation.list,
      };
      signal.throwIfAborted();
      console.error(`  ${name}: ${await checkTarget(target)}`);
      // Everything a request costs on this machine, per process: on 2 cores, the sum bounds req/s.
      const meters: Array<[string, () => Promise<number | undefined>]> = [
        ['subgraphs', () => subgraphs.cpuMs()],
        ['postgres', () => postgresBackendsCpuMs(databasePrefix)],
        // This process: the load worker's thread, and a main thread that only waits for it.
        ['load', async () => cpuMsOf(process.cpuUsage())],
      ];
      if (gateway) meters.unshift(['gateway', () => gateway.cpuMs()]);
      const sampleCpu = () => Promise.all(meters.map(([, meter]) => meter()));
      let cpuAtStart: Promise<Array<number | undefined>> | undefined;
      let cpuAtEnd: Promise<Array<number | undefined>> | undefined;
      // The gateway's profile covers the measured window only (see support/cpu-profiler.ts).
      const profilePath = gateway && options.cpuProfileDir ? join(options.cpuProfileDir, `${id.replace(':', '-')}.cpuprofile`) : undefined;
      let profileStarted: Promise<void> | undefined;
      let profileWritten: Promise<void> | undefined;
      const result = await runLoad(
        {
          url,
          headers: target.headers,
          body: target.body,
          connections: options.connections,
          warmupMs: options.warmupSeconds * 1000,
          durationMs: options.seconds * 1000,
          maxRequests: MAX_REQUESTS_PER_TARGET,
          requestTimeoutMs: REQUEST_TIMEOUT_MS,
        },
        signal,
        {
          onMeasureStart: () => {
            cpuAtStart = sampleCpu();
            if (profilePath) profileStarted = gateway?.startProfile();
          },
          onMeasureEnd: () => {
            cpuAtEnd = sampleCpu();
            if (profilePath) profileWritten = profileStarted?.then(() => gateway?.stopProfile(profilePath));
          },
        },
      );
      const after = await (cpuAtEnd ?? sampleCpu());
      const before = (await cpuAtStart) ?? after;
      const cpu = Object.fromEntries(
        meters.flatMap(([title], index) => {
          const [end, start] = [after[index], before[index]];
          return end === undefined || start === undefined ? [] : [[title, (end - start) / Math.max(1, result.requests)]];
        }),
      );
      rows.set(id, figuresOf(name, result, cpu));
      if (profilePath && profileWritten) {
        await profileWritten;
        profiles.push(`  ${name} (${profilePath}):\n${formatSelfTimes(await selfTimeByPlace(profilePath), cpu.gateway ?? 0, PROFILE_LINES)}`);
      }
      for (const { error, count } of result.errorSamples) errorReports.push(`  ${name} ×${count}: ${error}`);
    };

    console.log(
      `gateway load — Node ${process.version}, ${cpus().length} CPUs, ${postgres}; ${options.connections} connections, ` +
        `${options.warmupSeconds} s warm-up + ${options.seconds} s per row; subgraphs in one process, each gateway in its own`,
    );
    if (options.cpuProfileDir) await mkdir(options.cpuProfileDir, { recursive: true });
    const loadBefore = loadAverage();
    if (options.operations.includes('single')) {
      await measure('direct:single', `subgraph direct: ${OPERATIONS.single.label}`, subgraphUrls.ngo ?? '', OPERATIONS.single);
    }
    for (const kind of options.gateways) {
      const gateway = await startServerProcess<GatewayInfo>(
        GATEWAY_ENTRY,
        { kind, subgraphUrls, issuer, redisUrl: options.redisUrl } satisfies GatewayArgument,
        { signal },
      );
      try {
        idleRates.push(`${kind} ${(await idleCpuRate(gateway)).toFixed(1)}`);
        for (const operation of options.operations) {
          const { label } = OPERATIONS[operation];
          await measure(`${kind}:${operation}`, `${GATEWAY_LABELS[kind]}: ${label}`, gateway.info.url, OPERATIONS[operation], gateway);
        }
      } finally {
        await gateway.stop();
      }
    }

    console.log(`\n${formatTable([...rows.values()])}\n`);
    // A closed loop needs many round trips per window to reach a steady state; at multi-second
    // latencies a short window counts mostly the first wave, and its CPU-per-request is inflated.
    const unsteady = [...rows.values()].filter((row) => !(row.p99Ms < (options.seconds * 1000) / UNSTEADY_FRACTION));
    if (unsteady.length > 0) {
      console.log(
        `warning: p99 above 1/${UNSTEADY_FRACTION} of the ${options.seconds} s window, not at a steady state — use a longer --seconds: ` +
          `${unsteady.map((row) => row.target).join('; ')}\n`,
      );
    }
    const compared = GOALS.flatMap((goal) => compare(goal, rows) ?? []);
    if (compared.length > 0) console.log(`${formatGoals(compared)}\n`);
    console.log(`idle CPU, ms per second, before loading: ${idleRates.join(', ')}.`);
    console.log('errors = non-200, unparseable, or GraphQL errors other than FORBIDDEN (policy denials are expected).');
    console.log(
      "Beacon's gateway: every plugin on, rate limits set out of reach (the limiter still runs), " +
        `buckets ${options.redisUrl ? 'in Redis' : 'in memory'}.`,
    );
    // The servers, the load worker and Postgres share this machine; other work on it moves the figures.
    console.log(`load average (1 / 5 / 15 min): ${loadBefore} before, ${loadAverage()} after (${cpus().length} CPUs).`);
    if (profiles.length > 0) {
      console.log(`\ngateway CPU profiles of the measured windows (the profiler's own sampling adds to the CPU columns):\n${profiles.join('\n')}`);
    }
    if (errorReports.length > 0) console.log(`\nerrors seen:\n${errorReports.join('\n')}`);
    return errorReports.length === 0;
  } finally {
    await subgraphs.stop();
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
  const clean = await main(readOptions(), controller.signal);
  process.exit(clean ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
