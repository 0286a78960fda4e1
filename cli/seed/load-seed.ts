import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { In } from 'typeorm';
import { ConfigError } from '../../shared/config/index.js';
import { ensureDatabase } from '../../shared/database/index.js';
import { AccountHolder } from '../../subgraphs/financial/account-holder/account-holder.entity.js';
import type { FinancialSubgraph } from '../../subgraphs/financial/index.js';
import { runImportCommand, type ImportCommandContext } from '../commands/import.js';
import { openSectorSubgraph, principalFor } from '../import/open-sector-subgraph.js';
import { locateSubgraphDatabase, withSubgraphDatabase } from '../stack/database-resolution.js';
import { databaseNameOf, type SectorSubgraphDefinition, type SubgraphDefinition } from '../stack/subgraph-registry.js';
import type { SeedFiles } from './generate-seed.js';

export interface LoadContext extends ImportCommandContext {
  /** A Postgres server: each sector's database on it (created if missing), as DATABASE_URL would. */
  readonly databaseServerUrl?: string;
}

/** One import step: a file through `beacon import <subgraph> <file> --kind <kind>`. */
interface ImportStep {
  readonly subgraph: string;
  readonly kind: string;
  readonly file: string;
}

/** Accounts opened between two holder look-ups. */
const ACCOUNTS_PER_LOOKUP = 500;

/**
 * Loads generated files into the sector databases through the real import (validation, batches,
 * linkage publications), one file at a time, as an operator would run `beacon import`. Accounts
 * have no import target, so they are opened through the financial subgraph's AccountService — the
 * `openAccount` mutation's own path — between the customers and their transactions.
 * Returns the worst exit status of the steps (0 when every row went in).
 */
export async function loadSeed(files: SeedFiles, context: LoadContext): Promise<number> {
  const env = await serverEnv(context);
  const steps: ImportStep[] = [
    { subgraph: 'law-enforcement', kind: 'person-record', file: files.lawEnforcement.personRecords },
    { subgraph: 'ngo', kind: 'survivor', file: files.ngo.survivors },
    { subgraph: 'financial', kind: 'account-holder', file: files.financial.accountHolders },
  ];
  let status = 0;
  for (const step of steps) status = Math.max(status, await runImportCommand([step.subgraph, step.file, '--kind', step.kind], { ...context, env }));
  context.stdout.write(`${await openAccounts(files.financial.accounts, { ...context, env })}\n`);
  return Math.max(status, await runImportCommand(['financial', files.financial.transactions, '--kind', 'transaction'], { ...context, env }));
}

async function serverEnv(context: LoadContext): Promise<NodeJS.ProcessEnv> {
  const server = context.databaseServerUrl ?? context.env.DATABASE_URL;
  if (!server) return context.env;
  for (const definition of context.definitions.filter((item) => item.kind === 'sector')) {
    if (!context.env[`BEACON_${definition.envPrefix}_DATABASE_URL`]) await ensureDatabase(server, databaseNameOf(definition.name));
  }
  return { ...context.env, DATABASE_URL: server };
}

interface AccountLine {
  readonly sourceRecordId: string;
  readonly type: string;
  readonly iban: string;
  readonly country: string;
  readonly openedOn: string;
  readonly holderSourceRecordIds: readonly string[];
}

async function openAccounts(file: string, context: ImportCommandContext): Promise<string> {
  const definition = context.definitions.find((item): item is SectorSubgraphDefinition => item.kind === 'sector' && item.sector === 'FINANCIAL');
  if (!definition) throw new ConfigError('<subgraph>', 'a financial subgraph is needed to open accounts; none is registered.');
  const { principal } = principalFor(definition, undefined);
  const location = locateSubgraphDatabase(definition.name, undefined, context.env, { definitions: context.definitions as SubgraphDefinition[] });
  return withSubgraphDatabase(location, async (url) => {
    const subgraph = (await openSectorSubgraph({ definition, databaseUrl: url, org: principal.org, env: context.env })) as unknown as FinancialSubgraph;
    try {
      const started = Date.now();
      let opened = 0;
      let batch: AccountLine[] = [];
      const flush = async () => {
        const holders = await subgraph.dataSource.getRepository(AccountHolder).findBy({
          ownerOrg: principal.org,
          sourceRecordId: In([...new Set(batch.flatMap((line) => line.holderSourceRecordIds))]),
        });
        const idOf = new Map(holders.map((holder) => [holder.sourceRecordId as string, holder.id]));
        for (const line of batch) {
          const { holderSourceRecordIds, ...account } = line;
          // A holder the import rejected leaves its account unopenable: it is skipped, as its transactions will be.
          const holderIds = holderSourceRecordIds.map((id) => idOf.get(id)).filter((id): id is string => id !== undefined);
          if (holderIds.length === 0) continue;
          await subgraph.services.accounts.open(principal, { ...account, holderIds });
          opened++;
        }
        batch = [];
      };
      for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        if (text.trim() === '') continue;
        batch.push(JSON.parse(text) as AccountLine);
        if (batch.length >= ACCOUNTS_PER_LOOKUP) await flush();
      }
      await flush();
      const seconds = (Date.now() - started) / 1000;
      return `Opened ${opened.toLocaleString('en')} accounts in financial as ${principal.org} (AccountService.open; no account import target yet), ${seconds.toFixed(1)} s.`;
    } finally {
      await subgraph.close();
    }
  });
}
