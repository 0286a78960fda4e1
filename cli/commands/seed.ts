import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../shared/config/index.js';
import { generateSeed, type SeedFiles } from '../seed/generate-seed.js';
import { importSteps } from '../seed/import-steps.js';
import type { SubgraphDefinition } from '../stack/subgraph-registry.js';

const USAGE = 'Usage: beacon seed --people N --seed S [--out DIR] [--as-of YYYY-MM-DD] [--database-url <server url>]';
/**
 * The day generated data is "as of" unless told otherwise. Fixed, not today: the same N and S
 * must write the same bytes tomorrow. Every date lies before it and every retention date ten
 * years after, so the files import until 2036.
 */
export const DEFAULT_AS_OF = '2026-06-30';
const MAX_PEOPLE = 10_000_000;

export interface SeedCommandContext {
  readonly env: NodeJS.ProcessEnv;
  readonly definitions: readonly SubgraphDefinition[];
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * `beacon seed --people N --seed S`: synthetic people in all three sectors with realistic overlap,
 * corruptions, networks and planted red flags. With `--out DIR`, the import files and the ground
 * truth are written there; without it, the files go to a temporary folder and are loaded into
 * the sector databases through `beacon import`; the ground truth stays in that folder.
 */
export async function runSeed(args: string[], context: Partial<SeedCommandContext> = {}): Promise<number> {
  const { env = process.env, stdout = process.stdout, stderr = process.stderr } = context;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { people: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, 'database-url': { type: 'string' } },
  });
  if (positionals.length > 0 || values.people === undefined || values.seed === undefined) {
    stderr.write(`${USAGE}\n`);
    return 2;
  }
  const people = wholeNumber('--people', values.people, 1, MAX_PEOPLE);
  const seed = wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1);
  const asOf = isoDay(values['as-of'] ?? DEFAULT_AS_OF);
  if (values.out !== undefined && values['database-url'] !== undefined) {
    throw new ConfigError('--database-url', 'loads the data; with --out the files are written and nothing is loaded. Give one of them.');
  }

  const out = values.out === undefined ? await mkdtemp(join(tmpdir(), 'beacon-seed-')) : resolve(values.out);
  const started = Date.now();
  const files = await generateSeed({ people, seed, asOf, out });
  stdout.write(summary(files, out, (Date.now() - started) / 1000, values.out !== undefined));
  if (values.out !== undefined) return 0;
  try {
    // Loaded only to load: generating files should not pay for building four subgraphs' modules.
    const { loadSeed } = await import('../seed/load-seed.js');
    const definitions = context.definitions ?? (await import('../stack/subgraph-registry.js')).SUBGRAPHS;
    return await loadSeed(files, { env, definitions, stdout, stderr, databaseServerUrl: values['database-url'] });
  } finally {
    // The import files are spent; the ground truth stays for measuring linkage and red flags.
    for (const sector of ['law-enforcement', 'ngo', 'financial']) await rm(join(out, sector), { recursive: true, force: true });
    stdout.write(`Ground truth kept in ${join(out, 'ground-truth')} (never loaded into any sector).\n`);
  }
}

function wholeNumber(option: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new ConfigError(option, `must be a whole number from ${min} to ${max}; got "${raw}".`);
  return value;
}

function isoDay(raw: string): string {
  const match = /^\d{4}-\d{2}-\d{2}$/.test(raw) && new Date(`${raw}T00:00:00Z`);
  if (!match || Number.isNaN(match.getTime()) || match.toISOString().slice(0, 10) !== raw) throw new ConfigError('--as-of', `must be a calendar date YYYY-MM-DD; got "${raw}".`);
  if (match.getTime() > Date.now()) throw new ConfigError('--as-of', 'must not be in the future: the imports refuse future dates.');
  return raw;
}

function summary(files: SeedFiles, out: string, seconds: number, kept: boolean): string {
  const count = (value: number | undefined) => (value ?? 0).toLocaleString('en');
  const { counts } = files;
  const lines = [
    `Generated ${count(counts.people)} people in ${seconds.toFixed(1)} s${kept ? ` into ${out}` : ''}:`,
    `  law-enforcement  ${count(counts.personRecords)} person records (law-enforcement/person-records.csv), ${count(counts.journeyLegs)} journey legs`,
    `  ngo              ${count(counts.survivors)} survivors (ngo/survivors.csv, HTCDS columns), ${count(counts.traffickingEvents)} trafficking events`,
    `  financial        ${count(counts.accountHolders)} customers, ${count(counts.accounts)} accounts, ${count(counts.transactions)} transactions`,
    `  ground truth     ${count(counts.plantedRedFlags)} planted red flags; ground-truth/people.csv, records.csv, red-flags.csv`,
  ];
  if (kept) {
    lines.push('Load them with (in this order: a record before those that name it):');
    for (const step of importSteps(files)) lines.push(`  npx beacon import ${step.subgraph} ${step.file} --kind ${step.kind}`);
  }
  return `${lines.join('\n')}\n`;
}
