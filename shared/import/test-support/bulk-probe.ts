import 'reflect-metadata';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { closeDataSource, openDataSource } from '../../database/index.js';

/** A table with each kind of column imports write (text, array, jsonb, date), for the set-based writes' tests. */
@Entity({ name: 'bulk_rows_probe' })
export class BulkProbe {
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

export class BulkProbeTable1700000000002 implements MigrationInterface {
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

/** The probe table's database of one test file: fresh for the file, emptied before each test. */
export interface BulkProbeDatabase {
  readonly dataSource: DataSource;
}

/** Registers the hooks that give this test file its probe database; call at the file's top level. */
export function useBulkProbeDatabase(): BulkProbeDatabase {
  let databases: IsolatedDatabases | undefined;
  let opened: DataSource | undefined;
  beforeAll(async () => {
    databases = await isolatedDatabases(['bulk_rows']);
    opened = await openDataSource({ url: databases.urls.bulk_rows as string, entities: [BulkProbe], migrations: [BulkProbeTable1700000000002] });
  });
  afterAll(async () => {
    if (opened) await closeDataSource(opened);
    await databases?.drop();
  });
  beforeEach(async () => {
    await opened?.query('TRUNCATE bulk_rows_probe');
  });
  return {
    get dataSource() {
      if (!opened) throw new Error('the probe database opens in beforeAll');
      return opened;
    },
  };
}
