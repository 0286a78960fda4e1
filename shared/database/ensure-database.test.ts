import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { freePort } from '../../test/support/free-port.js';
import {
  closeDataSource,
  DatabaseUnavailableError,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  openDataSource,
} from './index.js';

class CreateWidget1700000000000 implements MigrationInterface {
  name = 'CreateWidget1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE widget (id serial PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE widget');
  }
}

const serverUrl = inject('databaseServerUrl');

async function unreachableUrl(password: string): Promise<string> {
  return `postgres://postgres:${password}@127.0.0.1:${await freePort()}/postgres`;
}

describe('ensureDatabase', () => {
  const name = `t_${randomBytes(4).toString('hex')}_ensure`;
  afterAll(() => dropDatabase(serverUrl, name));

  it('creates a missing database once when several callers race, and accepts being asked again', async () => {
    await Promise.all(Array.from({ length: 6 }, () => ensureDatabase(serverUrl, name)));
    await ensureDatabase(serverUrl, name);
    const dataSource = await openDataSource({ url: databaseUrl(serverUrl, name), entities: [], migrations: [] });
    const [row] = await dataSource.query('SELECT current_database() AS name');
    await closeDataSource(dataSource);
    expect(row.name).toBe(name);
  });

  it.each(['Upper', '1starts_with_digit', 'has-dash', 'semi;colon', '', 'x'.repeat(64)])(
    'refuses the database name %j',
    async (bad) => {
      await expect(ensureDatabase(serverUrl, bad)).rejects.toThrow(/is not allowed/);
    },
  );

  it('reports an unreachable server as DatabaseUnavailableError naming host:port and DATABASE_URL, never the password', async () => {
    const url = await unreachableUrl('s3cret-pw');
    const error = await ensureDatabase(url, 'anything').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const { message } = error as Error;
    expect(message).toContain(`127.0.0.1:${new URL(url).port}`);
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('s3cret-pw');
  });
});

describe('databaseUrl', () => {
  it('points at another database on the same server with the same credentials', () => {
    expect(databaseUrl('postgres://u:p@db.example:6543/postgres?sslmode=require', 'ngo')).toBe(
      'postgres://u:p@db.example:6543/ngo?sslmode=require',
    );
  });
});

describe('openDataSource', () => {
  let databases: IsolatedDatabases;
  beforeAll(async () => {
    databases = await isolatedDatabases(['migrations']);
  });
  afterAll(() => databases.drop());

  it('applies a pending migration exactly once across reopenings', async () => {
    const options = { url: databases.urls.migrations ?? '', entities: [], migrations: [CreateWidget1700000000000] };
    await closeDataSource(await openDataSource(options));
    const dataSource = await openDataSource(options);
    const applied = await dataSource.query('SELECT name FROM migrations');
    const [widgets] = await dataSource.query(`SELECT to_regclass('widget') IS NOT NULL AS present`);
    await closeDataSource(dataSource);
    // The audit log's migration comes with every service database.
    expect(applied).toEqual([{ name: 'CreateWidget1700000000000' }, { name: 'AuditEvents1765900000000' }]);
    expect(widgets.present).toBe(true);
  });

  it('reports an unreachable server as DatabaseUnavailableError without the password', async () => {
    const url = await unreachableUrl('s3cret-pw');
    const error = await openDataSource({ url, entities: [], migrations: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).not.toContain('s3cret-pw');
  });
});
