import 'reflect-metadata';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { closeDataSource, openDataSource } from '../database/index.js';
import { insertRows, updateRows } from './bulk-rows.js';

@Entity({ name: 'bulk_rows_probe' })
class BulkProbe {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text' })
  sourceRecordId: string;

  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Column({ type: 'jsonb', default: '[]' })
  aliases: Array<{ given: string }>;

  @Column({ name: 'born_on', type: 'date', nullable: true })
  bornOn: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

class BulkProbeTable1700000000002 implements MigrationInterface {
  name = 'BulkProbeTable1700000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE bulk_rows_probe (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org text NOT NULL,
      source_record_id text NOT NULL,
      given_name text,
      phones text[] NOT NULL DEFAULT '{}',
      aliases jsonb NOT NULL DEFAULT '[]',
      born_on date,
      updated_at timestamptz NOT NULL DEFAULT '2000-01-01'
    )`);
    await runner.query('CREATE UNIQUE INDEX bulk_rows_probe_source ON bulk_rows_probe (owner_org, source_record_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE bulk_rows_probe');
  }
}

let databases: IsolatedDatabases;
let dataSource: DataSource;

beforeAll(async () => {
  databases = await isolatedDatabases(['bulk_rows']);
  dataSource = await openDataSource({ url: databases.urls.bulk_rows as string, entities: [BulkProbe], migrations: [BulkProbeTable1700000000002] });
});
afterAll(async () => {
  if (dataSource) await closeDataSource(dataSource);
  await databases?.drop();
});
beforeEach(async () => {
  await dataSource.query('TRUNCATE bulk_rows_probe');
});

const row = (sourceRecordId: string, givenName: string | null = 'Elena'): Partial<BulkProbe> => ({
  ownerOrg: 'org-a',
  sourceRecordId,
  givenName,
  phones: ['+37369123456', 'a "quoted", {braced} one'],
  aliases: [{ given: 'Алёна' }],
  bornOn: '1994-03-12',
});

describe('insertRows and updateRows (the set-based writes of imports)', () => {
  it('inserts rows in one statement, keeping arrays, jsonb, dates and quotes, and skips source ids already taken', async () => {
    const first = await insertRows(dataSource.manager, BulkProbe, [row('s-1'), row('s-2', null)], {
      skipConflictsOn: ['ownerOrg', 'sourceRecordId'],
      returning: ['id', 'sourceRecordId'],
    });
    expect(first.map((inserted) => inserted.sourceRecordId).sort()).toEqual(['s-1', 's-2']);

    const second = await insertRows(dataSource.manager, BulkProbe, [row('s-2', 'Changed'), row('s-3')], {
      skipConflictsOn: ['ownerOrg', 'sourceRecordId'],
      returning: ['sourceRecordId'],
    });
    expect(second).toEqual([{ sourceRecordId: 's-3' }]);

    const stored = await dataSource.getRepository(BulkProbe).find({ order: { sourceRecordId: 'ASC' } });
    expect(stored.map((probe) => [probe.sourceRecordId, probe.givenName])).toEqual([['s-1', 'Elena'], ['s-2', null], ['s-3', 'Elena']]);
    expect(stored[0]).toMatchObject({ phones: ['+37369123456', 'a "quoted", {braced} one'], aliases: [{ given: 'Алёна' }], bornOn: '1994-03-12' });
  });

  it('refuses a property the entity has no column for, before writing anything', async () => {
    await expect(insertRows(dataSource.manager, BulkProbe, [{ ...row('s-1'), notAColumn: 'x' } as Partial<BulkProbe>])).rejects.toThrow(
      /no column for "notAColumn"/,
    );
    expect(await dataSource.getRepository(BulkProbe).count()).toBe(0);
  });

  it('updates only the named columns of the rows given, by id, and stamps their update date', async () => {
    const inserted = await insertRows(dataSource.manager, BulkProbe, [row('s-1'), row('s-2')], { returning: ['id', 'sourceRecordId'] });
    const id = (source: string) => inserted.find((probe) => probe.sourceRecordId === source)?.id as string;

    await updateRows(dataSource.manager, BulkProbe, [{ id: id('s-1'), givenName: 'Ilinca', phones: [], bornOn: '1990-01-01' }], ['givenName', 'phones']);

    const [changed, untouched] = await dataSource.getRepository(BulkProbe).find({ order: { sourceRecordId: 'ASC' } });
    expect(changed).toMatchObject({ givenName: 'Ilinca', phones: [], bornOn: '1994-03-12' });
    expect(changed?.updatedAt.getUTCFullYear()).toBeGreaterThan(2000);
    expect(untouched).toMatchObject({ givenName: 'Elena', phones: ['+37369123456', 'a "quoted", {braced} one'] });
    expect(untouched?.updatedAt.getUTCFullYear()).toBe(2000);
  });
});
