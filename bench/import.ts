import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEV_ISSUER, PERSONAS, type Principal } from '../shared/auth/index.js';
import { closeDataSource, databaseUrl, dropDatabase, ensureDatabase, openDataSource, startEmbeddedPostgres } from '../shared/database/index.js';
import { defaultParseThreads, runImport, type ImportTarget } from '../shared/import/index.js';
import { freePort } from '../test/support/free-port.js';
import { BENCH_HEADER, BenchPeople1700000000001, benchPersonLine, benchPersonTarget } from './import/bench-person-target.js';
import { openSectorBench, type SectorBench } from './import/sector-bench.js';
import { SECTOR_FILES } from './import/sector-files.js';
import { copyFrom, copyTo } from './import/pg-copy.js';
import { backendCpuMs, backendCpuSince } from './import/postgres-backend-cpu.js';
import { timedTarget } from './import/timed-target.js';

/**
 * bench/import: rows/s of `beacon import` (parse, validation, linkage keys, transactional
 * batches, outbox) beside Postgres COPY of the same rows into a table of the same shape, in the
 * same run; then peak RSS while importing a large generated stream, to show constant memory.
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    'batch-size': { type: 'string', default: '1000' },
    'big-mb': { type: 'string', default: '1024' },
    target: { type: 'string', default: 'auto' },
    // Parse worker threads, or several separated by commas to compare them in one run: each
    // round imports fresh rows, and all are set beside one COPY. `auto`: cores − 1, at most 4.
    threads: { type: 'string', default: 'auto' },
    'database-url': { type: 'string' },
  },
});
const ROWS = Number(values.rows);
const BATCH_SIZE = Number(values['batch-size']);
const BIG_BYTES = Number(values['big-mb']) * 1024 * 1024;
const THREADS = values.threads.split(',').map((item) => (item.trim() === 'auto' ? defaultParseThreads() : Number(item)));
const LINKAGE_SECRET = randomBytes(32).toString('hex');
const principal: Principal = { ...PERSONAS['ngo-caseworker'], issuer: DEV_ISSUER };

const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => console.error(error));
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(code)));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Rows `offset + 1` to `offset + rows` of a generated file, in chunks of 1,000 rows. */
async function* generated(rows: number, line: (i: number) => string, header: string, offset = 0): AsyncGenerator<Buffer> {
  yield Buffer.from(header);
  for (let from = offset + 1; from <= offset + rows; from += 1000) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(from + 1000, offset + rows + 1); i += 1) lines.push(line(i));
    yield Buffer.from(lines.join(''));
  }
}

async function serverUrl(): Promise<{ url: string; label: string }> {
  const configured = values['database-url'] ?? process.env.DATABASE_URL;
  if (configured) return { url: configured, label: `server ${new URL(configured).host}` };
  const home = await mkdtemp(join(tmpdir(), 'beacon-bench-import-'));
  await chmod(home, 0o711);
  cleanups.push(() => rm(home, { recursive: true, force: true }));
  const postgres = await startEmbeddedPostgres({ dataDir: join(home, 'pg'), port: await freePort() });
  cleanups.push(() => postgres.stop());
  return { url: postgres.url, label: 'embedded Postgres' };
}

/**
 * Times COPY FROM STDIN of `table`'s rows (taken with COPY TO) into a fresh table LIKE it, indexes
 * included, with the CPU it took here and in its Postgres backend (read before the client ends:
 * an exited backend takes its time with it).
 */
async function copyBaseline(url: string, table: string): Promise<{ rows: number; seconds: number; nodeCpuMs: number; postgresCpuMs?: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const chunks: Buffer[] = [];
    await copyTo(client, `COPY ${table} TO STDOUT`, (chunk) => chunks.push(Buffer.from(chunk)));
    await client.query(`DROP TABLE IF EXISTS copy_baseline; CREATE TABLE copy_baseline (LIKE ${table} INCLUDING ALL)`);
    const database = new URL(url).pathname.slice(1);
    const postgresBefore = await backendCpuMs(database);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const rows = await copyFrom(client, 'COPY copy_baseline FROM STDIN', Readable.from(chunks));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const postgresCpuMs = backendCpuSince(postgresBefore, await backendCpuMs(database));
    await client.query('DROP TABLE copy_baseline');
    return { rows, seconds, nodeCpuMs: (cpu.user + cpu.system) / 1000, postgresCpuMs };
  } finally {
    await client.end();
  }
}

type BenchTarget = SectorBench;

async function benchLocal(url: string): Promise<BenchTarget> {
  const dataSource = await openDataSource({ url, entities: [], migrations: [BenchPeople1700000000001] });
  return {
    label: 'bench-local person target (validation + exact linkage keys + outbox)',
    dataSource,
    target: benchPersonTarget(LINKAGE_SECRET) as ImportTarget<unknown>,
    principal,
    table: 'bench_person',
    header: BENCH_HEADER,
    line: benchPersonLine,
    close: () => closeDataSource(dataSource),
  };
}

async function main(): Promise<void> {
  const server = await serverUrl();
  const database = `bench_${randomBytes(4).toString('hex')}_import`;
  await ensureDatabase(server.url, database);
  cleanups.push(() => dropDatabase(server.url, database));
  const url = databaseUrl(server.url, database);

  // `--target`: auto (every sector target, then the bench-local one), sectors, bench, a subgraph
  // (law-enforcement, ngo, financial) or a kind (person-record, survivor, account-holder, incident-report).
  const choice = values.target;
  const files = SECTOR_FILES.filter((file) => ['auto', 'sectors', file.subgraph, file.kind].includes(choice));
  if (files.length === 0 && choice !== 'bench') throw new Error(`--target ${choice}: no such target`);
  const targets: BenchTarget[] = [];
  for (const [i, file] of files.entries()) {
    targets.push(await openSectorBench(server.url, `${database}_s${i}`, LINKAGE_SECRET, file));
  }
  if (choice === 'auto' || choice === 'bench') targets.push(await benchLocal(url));

  console.log(`bench/import — ${ROWS.toLocaleString('en')} rows, batches of ${BATCH_SIZE}, ${server.label}, Node ${process.version}`);
  console.log(`load average (1 min) at start: ${loadavg()[0]?.toFixed(2)}`);
  for (const bench of targets) {
    cleanups.push(() => bench.close());
    console.log(`\n${bench.label}`);
    const rounds: Array<{ threads: number; rate: number; cpuPerRow?: number }> = [];
    for (const [round, threads] of THREADS.entries()) {
      const timed = timedTarget(bench.target);
      const targetDatabase = new URL((bench.dataSource.options as { url: string }).url).pathname.slice(1);
      const postgresBefore = await backendCpuMs(targetDatabase);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const summary = await runImport({
        dataSource: bench.dataSource,
        target: timed.target,
        principal: bench.principal,
        // Each round imports rows of its own, so every round inserts as the first did.
        input: Readable.from(generated(ROWS, bench.line, bench.header, round * ROWS)),
        format: 'csv',
        batchSize: BATCH_SIZE,
        ...(bench.recipe ? { parallel: { recipe: bench.recipe, threads } } : {}),
      });
      const importSeconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const importRate = summary.inserted / importSeconds;
      const nodeCpuPerRow = (cpu.user + cpu.system) / summary.rowsRead;
      const postgresMs = backendCpuSince(postgresBefore, await backendCpuMs(targetDatabase));
      const postgresCpuPerRow = postgresMs === undefined ? undefined : (postgresMs * 1000) / summary.rowsRead;
      rounds.push({ threads: summary.parseThreads, rate: importRate, cpuPerRow: postgresCpuPerRow === undefined ? undefined : nodeCpuPerRow + postgresCpuPerRow });
      console.log(`  import  ${summary.inserted.toLocaleString('en')} inserted, ${summary.rejected} rejected in ${importSeconds.toFixed(2)} s: ${Math.round(importRate).toLocaleString('en')} rows/s, rows checked by ${summary.parseThreads} worker threads (asked ${threads})`);
      if (summary.firstRejections[0]) console.log(`  first rejection: ${JSON.stringify(summary.firstRejections[0])}`);
      console.log(`    Node CPU (this process, all threads) ${nodeCpuPerRow.toFixed(0)} µs a row; the rest of the wall time is Postgres, and waiting for a CPU`);
      if (postgresCpuPerRow !== undefined) console.log(`    Postgres CPU (the target's backends) ${postgresCpuPerRow.toFixed(0)} µs a row`);
      const { parseMs, writeMs, batches } = timed.timings;
      if (parseMs > 0) console.log(`    of which parseRow here ${(parseMs / 1000).toFixed(2)} s (${((parseMs * 1000) / summary.rowsRead).toFixed(0)} µs a row; rows checked in workers are not counted)`);
      console.log(`    writeBatch ${(writeMs / 1000).toFixed(2)} s over ${batches} batches (it overlaps the checking of the next batch)`);
    }
    const copy = await copyBaseline((bench.dataSource.options as { url: string }).url, bench.table);
    const copyRate = copy.rows / copy.seconds;
    console.log(`  COPY    ${copy.rows.toLocaleString('en')} rows into ${bench.table}'s shape (indexes included) in ${copy.seconds.toFixed(2)} s: ${Math.round(copyRate).toLocaleString('en')} rows/s`);
    const copyCpuPerRow = copy.postgresCpuMs === undefined ? undefined : ((copy.nodeCpuMs + copy.postgresCpuMs) * 1000) / copy.rows;
    if (copy.postgresCpuMs !== undefined) {
      console.log(`    Node CPU ${((copy.nodeCpuMs * 1000) / copy.rows).toFixed(0)} µs a row, Postgres CPU ${((copy.postgresCpuMs * 1000) / copy.rows).toFixed(0)} µs a row`);
    }
    for (const { threads, rate, cpuPerRow } of rounds) {
      // By CPU: what the ratio is where CPU is the only bound (a machine busy with other work); Linux only.
      const byCpu = cpuPerRow !== undefined && copyCpuPerRow !== undefined ? `; by CPU time (Node + Postgres) ${(copyCpuPerRow / cpuPerRow).toFixed(2)}` : '';
      console.log(`  import / COPY = ${(rate / copyRate).toFixed(2)} with ${threads} parse worker threads (goal ≥ 0.30)${byCpu}`);
    }
    const last = THREADS.length - 1;
    const second = await runImport({
      dataSource: bench.dataSource,
      target: bench.target,
      principal: bench.principal,
      input: Readable.from(generated(ROWS, bench.line, bench.header, last * ROWS)),
      format: 'csv',
      batchSize: BATCH_SIZE,
      ...(bench.recipe ? { parallel: { recipe: bench.recipe, threads: THREADS[last] } } : {}),
    });
    console.log(`  same file again: ${second.unchanged.toLocaleString('en')} unchanged, ${second.inserted} inserted, ${second.updated} updated in ${(second.elapsedMs / 1000).toFixed(2)} s`);
  }

  if (BIG_BYTES > 0) await bigFile(url);
  console.log(`\nload average (1 min) at end: ${loadavg()[0]?.toFixed(2)}`);
}

/** Peak RSS while importing a generated stream of BIG_BYTES (never stored) into a fresh table. */
async function bigFile(url: string): Promise<void> {
  const bench = await benchLocal(url);
  cleanups.push(() => bench.close());
  await bench.dataSource.query('TRUNCATE bench_person, linkage_outbox');
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  let produced = 0;
  async function* stream(): AsyncGenerator<Buffer> {
    const header = Buffer.from(bench.header);
    produced += header.length;
    yield header;
    for (let i = 1; produced < BIG_BYTES; ) {
      const lines: string[] = [];
      for (const end = i + 1000; i < end; i += 1) lines.push(bench.line(i));
      const chunk = Buffer.from(lines.join(''));
      produced += chunk.length;
      yield chunk;
    }
  }
  let lastPrint = 0;
  const summary = await runImport({
    dataSource: bench.dataSource,
    target: bench.target,
    principal: bench.principal,
    input: Readable.from(stream()),
    format: 'csv',
    batchSize: BATCH_SIZE,
    onProgress: (progress) => {
      if (progress.elapsedMs - lastPrint < 15_000) return;
      lastPrint = progress.elapsedMs;
      console.log(`    … ${mb(progress.bytesRead)}, ${progress.rowsRead.toLocaleString('en')} rows, RSS now ${mb(process.memoryUsage().rss)}`);
    },
  });
  clearInterval(sampler);
  console.log(`\nlarge stream (generated on the fly, never stored): ${mb(summary.bytesRead)}, ${summary.rowsRead.toLocaleString('en')} rows`);
  console.log(`  ${(summary.elapsedMs / 1000).toFixed(1)} s, ${Math.round(summary.rowsPerSecond).toLocaleString('en')} rows/s, ${summary.rejected} rejected`);
  console.log(`  RSS before ${mb(baseline)}, peak ${mb(peak)} (growth ${mb(peak - baseline)})`);
}

try {
  await main();
} finally {
  await cleanup();
}
