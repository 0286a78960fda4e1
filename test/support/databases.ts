import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../shared/database/index.js';

export type IsolatedDatabases = {
  /** URL of each requested database, by the name the test asked for. */
  urls: Record<string, string>;
  /** Drops every database created here; call it in afterAll. */
  drop(): Promise<void>;
};

/**
 * Creates fresh databases for one test file on the run's shared server, named
 * `t_<random>_<name>`, so files running in parallel (and reruns after a crash) never meet.
 */
export async function isolatedDatabases(names: string[]): Promise<IsolatedDatabases> {
  const serverUrl = inject('databaseServerUrl');
  const prefix = `t_${randomBytes(4).toString('hex')}`;
  const actual = new Map(names.map((name) => [name, `${prefix}_${name.toLowerCase().replace(/-/g, '_')}`]));
  const created: string[] = [];
  const drop = async () => {
    await Promise.all(created.map((database) => dropDatabase(serverUrl, database)));
  };
  try {
    for (const database of actual.values()) {
      await ensureDatabase(serverUrl, database);
      created.push(database);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  const urls: Record<string, string> = {};
  for (const [name, database] of actual) urls[name] = databaseUrl(serverUrl, database);
  return { urls, drop };
}
