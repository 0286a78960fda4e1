import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { Survivors1764500000000 } from './1764500000000-survivors.js';
import { ConsentRecords1764600000000 } from './1764600000000-consent-records.js';

let databases: IsolatedDatabases;
let opened: DataSource[] = [];

beforeAll(async () => {
  databases = await isolatedDatabases(['ngo_migration']);
});
afterEach(async () => {
  await Promise.all(opened.map((dataSource) => dataSource.destroy()));
  opened = [];
});
afterAll(async () => {
  await databases?.drop();
});

async function migrateWith(migrations: Array<new () => object>): Promise<DataSource> {
  const dataSource = createDataSource({ url: databases.urls.ngo_migration as string, entities: [], migrations });
  opened.push(dataSource);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databases.urls.ngo_migration });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('ConsentRecords1764600000000', () => {
  it("turns each shared sector into consents for analysis and the sector's everyday purpose, then drops the flags", async () => {
    await migrateWith([Survivors1764500000000]);
    await query(`
      INSERT INTO survivor (id, given_name, shared_with_sectors, owner_org) VALUES
        ('11111111-1111-4111-8111-111111111111', 'A', '{LAW_ENFORCEMENT,FINANCIAL,HUB}', 'safe-passage'),
        ('22222222-2222-4222-8222-222222222222', 'B', '{NGO}', 'safe-passage'),
        ('33333333-3333-4333-8333-333333333333', 'C', '{}', 'other-ngo')`);

    await migrateWith([Survivors1764500000000, ConsentRecords1764600000000]);

    const consents = await query<{ survivor_id: string; sector: string; purpose: string; owner_org: string }>(
      'SELECT survivor_id, sector, purpose, owner_org FROM consent ORDER BY survivor_id, sector, purpose',
    );
    expect(consents.map(({ survivor_id, sector, purpose }) => `${survivor_id.slice(0, 1)} ${sector} ${purpose}`)).toEqual([
      '1 FINANCIAL aml-compliance',
      '1 FINANCIAL analysis',
      '1 HUB analysis',
      '1 LAW_ENFORCEMENT analysis',
      '1 LAW_ENFORCEMENT investigation',
      '2 NGO analysis',
      '2 NGO victim-support',
    ]);
    expect(new Set(consents.map((consent) => consent.owner_org))).toEqual(new Set(['safe-passage']));
    const survivors = await query<{ published_discoverable_by: string[] }>(
      'SELECT published_discoverable_by FROM survivor ORDER BY id',
    );
    expect(survivors.map((survivor) => survivor.published_discoverable_by)).toEqual([
      ['FINANCIAL', 'HUB', 'LAW_ENFORCEMENT', 'NGO'],
      ['NGO'],
      ['NGO'],
    ]);
    const columns = await query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'survivor' AND column_name = 'shared_with_sectors'`,
    );
    expect(columns).toEqual([]);
  });

  // Continues from the survivors the first test migrated (tests in a file run in order).
  it('reverts to the flags from the consents in force', async () => {
    const dataSource = await migrateWith([Survivors1764500000000, ConsentRecords1764600000000]);
    await query(`UPDATE consent SET withdrawn_at = now() WHERE sector = 'HUB'`);

    // Its own `down`, not `undoLastMigration`: migrations other code adds (the audit log's) run later.
    const runner = dataSource.createQueryRunner();
    try {
      await new ConsentRecords1764600000000().down(runner);
    } finally {
      await runner.release();
    }

    const survivors = await query<{ shared_with_sectors: string[] }>('SELECT shared_with_sectors FROM survivor ORDER BY id');
    expect(survivors.map((survivor) => survivor.shared_with_sectors)).toEqual([['FINANCIAL', 'LAW_ENFORCEMENT'], ['NGO'], []]);
  });
});
