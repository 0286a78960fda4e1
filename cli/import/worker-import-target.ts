import type { ImportTarget, WorkerTargetRecipe } from '../../shared/import/index.js';
import { findSubgraph } from '../stack/subgraph-registry.js';
import { createSectorSubgraph } from './open-sector-subgraph.js';

/** What a parse worker needs to build the target `beacon import` holds. */
export interface SectorTargetArgs {
  readonly subgraph: string;
  readonly kind: string;
  readonly org: string;
  readonly databaseUrl: string;
  readonly linkageUrl?: string;
  /** The environment the importing thread read its configuration (and linkage secret) from. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The recipe `runImport` hands its parse workers: each builds the sector subgraph as the
 * command does, minus the database, and checks rows with that subgraph's own target — the same
 * validation code, configuration and linkage secret as the importing thread.
 */
export function sectorTargetRecipe(args: SectorTargetArgs): WorkerTargetRecipe {
  return { module: import.meta.url, exportName: 'buildSectorImportTarget', args };
}

/** Runs in a parse worker: see {@link sectorTargetRecipe}. */
export async function buildSectorImportTarget(args: SectorTargetArgs): Promise<ImportTarget<unknown>> {
  const definition = findSubgraph(args.subgraph);
  if (!definition || definition.kind !== 'sector') throw new Error(`${args.subgraph} is not a sector subgraph`);
  const subgraph = await createSectorSubgraph({ definition, databaseUrl: args.databaseUrl, org: args.org, linkageUrl: args.linkageUrl, env: { ...args.env } });
  const target = subgraph.importTargets?.find((item) => item.name === args.kind);
  if (!target) throw new Error(`${args.subgraph} offers no "${args.kind}" import target`);
  return target;
}
