import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, readdir, readlink, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runImportCommand } from '../cli/commands/import.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../shared/database/index.js';
import { SECTOR_FILES, type SectorFile } from './import/sector-files.js';

/**
 * bench/import-memory: does `beacon import` run in constant memory? Writes a CSV of `--mb`
 * megabytes (default 1024) for one sector target to a temporary file, streaming, then imports
 * it with the command itself (`runImportCommand`, what `npx beacon import` runs) into a fresh
 * database, sampling the process's RSS and heap every 200 ms beside how far into the file the
 * import has read (the file descriptor's offset, from /proc: Linux only). Prints the RSS once
 * the first 10 MB are read beside the peak over the whole run: constant memory means the two
 * stay close however large the file.
 */
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '1024' },
    kind: { type: 'string', default: 'survivor' },
    'database-url': { type: 'string' },
    'keep-file': { type: 'boolean', default: false },
  },
});
const BYTES = Number(values.mb) * 1024 * 1024;
const WARM_BYTES = 10 * 1024 * 1024;
const SAMPLE_MS = 200;
const REPORT_EVERY_MS = 60_000;

const file = SECTOR_FILES.find((candidate) => candidate.kind === values.kind);
if (!file) throw new Error(`--kind must be one of ${SECTOR_FILES.map((candidate) => candidate.kind).join(', ')}`);
const server = values['database-url'] ?? process.env.DATABASE_URL;
if (!server) throw new Error('--database-url or DATABASE_URL is needed (a database bench_<random>_memory is created and dropped)');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Writes rows until the file reaches `bytes`, respecting the stream's backpressure. */
async function writeFile(path: string, sector: SectorFile, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let rows = 0;
  const write = (text: string) => {
    written += Buffer.byteLength(text);
    return out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await write(sector.header);
  while (written < bytes) {
    const lines: string[] = [];
    for (let end = rows + 1000; rows < end; ) lines.push(sector.line((rows += 1)));
    await write(lines.join(''));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return rows;
}

/** How far this process has read into `path`: the offset of the descriptor open on it. */
async function readOffset(path: string): Promise<number | undefined> {
  for (const fd of await readdir('/proc/self/fd').catch(() => [])) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target !== path) continue;
    const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8').catch(() => '');
    const pos = /^pos:\s+(\d+)/m.exec(info);
    if (pos) return Number(pos[1]);
  }
  return undefined;
}

interface Sample {
  readonly at: number;
  readonly offset: number;
  readonly rss: number;
  readonly heapUsed: number;
}

async function main(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'beacon-import-memory-'));
  const path = join(home, `${file!.kind}.csv`);
  const database = `bench_${randomBytes(4).toString('hex')}_memory`;
  const cleanup = async () => {
    await dropDatabase(server!, database).catch((error: unknown) => console.error(error));
    if (!values['keep-file']) await rm(home, { recursive: true, force: true });
  };
  // Stopped early (Ctrl-C): the figures so far are printed every minute; the database and file still go.
  const samples: Sample[] = [];
  let size = BYTES;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.log(`\nstopped by ${signal} before the end of the file:`);
      summarise(samples, size);
      void cleanup().finally(() => process.exit(code));
    });
  }
  try {
    console.log(`bench/import-memory — ${file!.subgraph} ${file!.kind}, ${mb(BYTES)} file, Node ${process.version}`);
    console.log(`load average (1 min) at start: ${loadavg()[0]?.toFixed(2)}`);
    let started = performance.now();
    const rows = await writeFile(path, file!, BYTES);
    size = (await stat(path)).size;
    console.log(`wrote ${path}: ${mb(size)}, ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    await ensureDatabase(server!, database);
    global.gc?.();
    let lastReport = 0;
    started = performance.now();
    const before = process.memoryUsage();
    console.log(`before the import: RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)}`);
    let sampling = false;
    let stopped = false;
    const sampler = setInterval(() => {
      if (sampling || stopped) return;
      sampling = true;
      void readOffset(path)
        .then((offset) => {
          if (stopped) return;
          const { rss, heapUsed } = process.memoryUsage();
          const at = performance.now() - started;
          const last = samples.at(-1);
          samples.push({ at, offset: offset ?? (last?.offset ?? 0), rss, heapUsed });
          if (at - lastReport >= REPORT_EVERY_MS) {
            lastReport = at;
            console.log(`  ${(at / 1000).toFixed(0).padStart(5)} s  read ${mb(offset ?? 0).padStart(7)}  RSS ${mb(rss).padStart(6)}  heap ${mb(heapUsed).padStart(6)}`);
          }
        })
        .finally(() => {
          sampling = false;
        });
    }, SAMPLE_MS);
    const output: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (output.push(String(chunk)), done()) });
    let code: number;
    try {
      code = await runImportCommand(
        [file!.subgraph, path, '--kind', file!.kind, '--database-url', databaseUrl(server!, database), '--linkage-url', 'http://127.0.0.1:1/graphql'],
        {
          env: { ...process.env, BEACON_HOME: home, BEACON_LINKAGE_SECRET: randomBytes(32).toString('hex'), BEACON_LOG_LEVEL: 'silent' },
          stdout: sink,
          stderr: sink,
        },
      );
    } finally {
      stopped = true;
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(output.filter((line) => !line.startsWith('import: ')).join('').trim());
    console.log(`\nexit code ${code}; ${(seconds / 60).toFixed(1)} min, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
    summarise(samples, size);
  } finally {
    await cleanup();
  }
}

/** RSS once the first 10 MB are read beside the peak: constant memory keeps them close. */
function summarise(samples: readonly Sample[], size: number): void {
  if (samples.length === 0) return;
  const warm = samples.find((sample) => sample.offset >= WARM_BYTES);
  const peak = samples.reduce((top, sample) => (sample.rss > top.rss ? sample : top));
  const peakHeap = Math.max(...samples.map((sample) => sample.heapUsed));
  const read = (samples.at(-1) as Sample).offset;
  const late = samples.filter((sample) => sample.offset >= read / 2);
  console.log(`${samples.length} samples; read ${mb(read)} of ${mb(size)}`);
  console.log(`RSS after the first 10 MB: ${warm ? mb(warm.rss) : 'n/a'} (heap ${warm ? mb(warm.heapUsed) : 'n/a'})`);
  console.log(`RSS peak: ${mb(peak.rss)}, at ${mb(peak.offset)} read; heap peak ${mb(peakHeap)}`);
  console.log(`RSS over the second half of what was read: ${mb(Math.min(...late.map((s) => s.rss)))}–${mb(Math.max(...late.map((s) => s.rss)))}`);
  console.log(`load average (1 min) now: ${loadavg()[0]?.toFixed(2)}`);
}

await main();
