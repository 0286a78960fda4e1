import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../shared/database/index.js';
import { freePort } from './free-port.js';
import { claimRunFolder, sweepAbandonedRunFolders } from './run-folder.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the Postgres server the whole run shares; test files create their own databases on it. */
    databaseServerUrl: string;
  }
}

/**
 * One Postgres for the whole run: DATABASE_URL when set (CI, or a developer's own server),
 * otherwise an embedded one in a throwaway folder. Each test file isolates itself in its own
 * databases (see databases.ts), so sharing the server is safe and saves a start per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('databaseServerUrl', configured);
    return async () => undefined;
  }
  await sweepAbandonedRunFolders();
  const folder = await claimRunFolder();
  try {
    const server = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data'), port: await freePort() });
    project.provide('databaseServerUrl', server.url);
    return async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
