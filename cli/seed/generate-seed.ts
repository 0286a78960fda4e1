import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FinancialRecords } from './financial-records.js';
import { GroundTruth } from './ground-truth.js';
import { LawEnforcementRecords } from './law-enforcement-records.js';
import { NgoRecords } from './ngo-records.js';
import { population } from './population.js';

export interface SeedOptions {
  readonly people: number;
  readonly seed: number;
  /** The day the data is "as of" (ISO): every date lies before it, every retention date after. */
  readonly asOf: string;
  readonly out: string;
}

/** Where each file went, and how many rows it holds. */
export interface SeedFiles {
  readonly lawEnforcement: { readonly personRecords: string; readonly journeyLegs: string };
  readonly ngo: { readonly survivors: string; readonly traffickingEvents: string };
  readonly financial: { readonly accountHolders: string; readonly accounts: string; readonly transactions: string };
  readonly groundTruth: { readonly people: string; readonly records: string; readonly redFlags: string };
  readonly counts: Readonly<Record<string, number>>;
}

/** Groups between two waits on the files' backpressure: small enough to keep memory flat. */
const GROUPS_PER_DRAIN = 256;

/**
 * Generates the people and writes every sector's import files and the ground truth under `out`,
 * streaming: one group of people in memory at a time.
 */
export async function generateSeed(options: SeedOptions): Promise<SeedFiles> {
  const { out, seed, asOf } = options;
  const truth = await GroundTruth.open(join(out, 'ground-truth'));
  const lawEnforcement = await LawEnforcementRecords.open(join(out, 'law-enforcement'), seed, asOf, truth);
  const ngo = await NgoRecords.open(join(out, 'ngo'), seed, asOf, truth);
  const financial = await FinancialRecords.open(join(out, 'financial'), seed, asOf, truth);
  const drain = () => Promise.all([truth.drain(), lawEnforcement.drain(), ngo.drain(), financial.drain()]);

  let groups = 0;
  for (const group of population(seed, options.people, asOf)) {
    truth.group(group);
    lawEnforcement.add(group);
    ngo.add(group);
    financial.add(group);
    if (++groups % GROUPS_PER_DRAIN === 0) await drain();
  }
  await Promise.all([truth.close(), lawEnforcement.close(), ngo.close(), financial.close()]);

  const counts = {
    people: truth.counts.people,
    personRecords: lawEnforcement.people.rows,
    journeyLegs: lawEnforcement.journeys.rows,
    survivors: ngo.survivors.rows,
    traffickingEvents: ngo.events.rows,
    accountHolders: financial.counts.holders,
    accounts: financial.counts.accounts,
    transactions: financial.counts.transactions,
    plantedRedFlags: truth.counts.redFlags,
  };
  const files: SeedFiles = {
    lawEnforcement: { personRecords: lawEnforcement.people.path, journeyLegs: lawEnforcement.journeys.path },
    ngo: { survivors: ngo.survivors.path, traffickingEvents: ngo.events.path },
    financial: { accountHolders: financial.holderFile.path, accounts: financial.accountFile.path, transactions: financial.transactionFile.path },
    groundTruth: { people: join(out, 'ground-truth', 'people.csv'), records: join(out, 'ground-truth', 'records.csv'), redFlags: join(out, 'ground-truth', 'red-flags.csv') },
    counts,
  };
  // No clock and no host in it: the same options write the same bytes.
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify({ people: options.people, seed, asOf, counts }, null, 2)}\n`);
  return files;
}
