import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { dropDatabase, ensureDatabase } from '../../shared/database/index.js';
import type { ImportTarget, WorkerTargetRecipe } from '../../shared/import/index.js';
import { openSectorSubgraph, principalFor } from '../../cli/import/open-sector-subgraph.js';
import { findSubgraph } from '../../cli/stack/subgraph-registry.js';
import { sectorTargetRecipe } from '../../cli/import/worker-import-target.js';
import type { SectorFile } from './sector-files.js';

/** A sector's own import target, built as `beacon import` builds it, with a file generator for it. */
export interface SectorBench {
  readonly label: string;
  readonly dataSource: DataSource;
  readonly target: ImportTarget<unknown>;
  readonly principal: Principal;
  /** How a parse worker builds the same target (absent: the target cannot be checked in workers). */
  readonly recipe?: WorkerTargetRecipe;
  /** The table whose shape the COPY baseline fills. */
  readonly table: string;
  readonly header: string;
  line(i: number): string;
  close(): Promise<void>;
}

/**
 * Opens `file`'s sector subgraph over a fresh database `database` (dropped again by `close`),
 * as `beacon import` opens it (migrations, services, the target, the default writing persona),
 * with a hub address nothing listens on: publications stay in the outbox, as they would while
 * the hub is away, so the figures are the sector's own work.
 */
export async function openSectorBench(serverUrl: string, database: string, linkageSecret: string, file: SectorFile): Promise<SectorBench> {
  const definition = findSubgraph(file.subgraph);
  if (!definition || definition.kind !== 'sector') throw new Error(`${file.subgraph} is not a sector subgraph`);
  const home = await mkdtemp(join(tmpdir(), `beacon-bench-${file.subgraph}-`));
  await ensureDatabase(serverUrl, database);
  const { principal } = principalFor(definition, undefined);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const env = { BEACON_HOME: home, BEACON_LINKAGE_SECRET: linkageSecret, BEACON_LOG_LEVEL: 'silent', BEACON_LINKAGE_URL: 'http://127.0.0.1:1/graphql' };
  const subgraph = await openSectorSubgraph({ definition, databaseUrl: url.toString(), org: principal.org, env }).catch(async (error: unknown) => {
    await dropDatabase(serverUrl, database);
    await rm(home, { recursive: true, force: true });
    throw error;
  });
  const close = async () => {
    await subgraph.close();
    await dropDatabase(serverUrl, database);
    await rm(home, { recursive: true, force: true });
  };
  const target = subgraph.importTargets?.find((item) => item.name === file.kind);
  if (!target) {
    await close();
    throw new Error(`${file.subgraph} offers no "${file.kind}" import target`);
  }
  return {
    label: `${file.subgraph} ${file.kind} target (the sector's own validation, linkage material and outbox)`,
    dataSource: subgraph.dataSource,
    target,
    principal,
    recipe: sectorTargetRecipe({ subgraph: file.subgraph, kind: file.kind, org: principal.org, databaseUrl: url.toString(), env }),
    table: file.table,
    header: file.header,
    line: (i) => file.line(i),
    close,
  };
}
