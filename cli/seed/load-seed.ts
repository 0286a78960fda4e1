import { ensureDatabase } from '../../shared/database/index.js';
import { runImportCommand, type ImportCommandContext } from '../commands/import.js';
import { databaseNameOf } from '../stack/subgraph-registry.js';
import type { SeedFiles } from './generate-seed.js';
import { importSteps } from './import-steps.js';

export interface LoadContext extends ImportCommandContext {
  /** A Postgres server: each sector's database on it (created if missing), as DATABASE_URL would. */
  readonly databaseServerUrl?: string;
}

/**
 * Loads generated files into the sector databases through the real import (validation, batches,
 * linkage publications), one file at a time, as an operator would run `beacon import`.
 * Returns the worst exit status of the steps (0 when every row went in).
 */
export async function loadSeed(files: SeedFiles, context: LoadContext): Promise<number> {
  const env = await serverEnv(context);
  let status = 0;
  for (const step of importSteps(files)) {
    status = Math.max(status, await runImportCommand([step.subgraph, step.file, '--kind', step.kind], { ...context, env }));
  }
  return status;
}

async function serverEnv(context: LoadContext): Promise<NodeJS.ProcessEnv> {
  const server = context.databaseServerUrl ?? context.env.DATABASE_URL;
  if (!server) return context.env;
  for (const definition of context.definitions.filter((item) => item.kind === 'sector')) {
    if (!context.env[`BEACON_${definition.envPrefix}_DATABASE_URL`]) await ensureDatabase(server, databaseNameOf(definition.name));
  }
  return { ...context.env, DATABASE_URL: server };
}
