import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { Survivors1764500000000 } from './1764500000000-survivors.js';
import { ConsentRecords1764600000000 } from './1764600000000-consent-records.js';
import { SurvivorModel1764700000000 } from './1764700000000-survivor-model.js';

let databases: IsolatedDatabases;
let dataSource: DataSource;

beforeAll(async () => {
  databases = await isolatedDatabases(['ngo_model_migration']);
});
afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await databases?.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databases.urls.ngo_model_migration });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('SurvivorModel1764700000000', () => {
  it('keeps the one citizenship as the first of a list, dates every record for retention, and reverts', async () => {
    dataSource = createDataSource({
      url: databases.urls.ngo_model_migration as string,
      entities: [],
      migrations: [Survivors1764500000000, ConsentRecords1764600000000],
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await query(`INSERT INTO survivor (given_name, citizenship, owner_org, created_at) VALUES ('A', 'MD', 'o', '2024-02-29'), ('B', NULL, 'o', now())`);

    const runner = dataSource.createQueryRunner();
    try {
      await new SurvivorModel1764700000000().up(runner);
      const rows = await query<{ given_name: string; citizenships: string[]; retention_until: Date }>(
        'SELECT given_name, citizenships, retention_until FROM survivor ORDER BY given_name',
      );
      expect(rows.map((row) => row.citizenships)).toEqual([['MD'], []]);
      expect(rows[0]?.retention_until).toEqual(expect.any(Date));
      await expect(query(`INSERT INTO survivor (owner_org, retention_until, methods_of_control) VALUES ('o', '2030-01-01', '{MIND_CONTROL}')`)).rejects.toThrow(/check/i);

      await new SurvivorModel1764700000000().down(runner);
      expect(await query('SELECT given_name, citizenship FROM survivor ORDER BY given_name')).toEqual([
        { given_name: 'A', citizenship: 'MD' },
        { given_name: 'B', citizenship: null },
      ]);
    } finally {
      await runner.release();
    }
  });
});
