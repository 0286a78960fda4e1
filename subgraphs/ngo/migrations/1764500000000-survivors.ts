import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LINKAGE_OUTBOX_DDL, LINKAGE_OUTBOX_DROP } from '../../../shared/linkage-outbox/index.js';

export class Survivors1764500000000 implements MigrationInterface {
  name = 'Survivors1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TYPE htcds_gender AS ENUM (
        'FEMININE', 'MASCULINE', 'TRANSGENDER_FEMININE', 'TRANSGENDER_MASCULINE',
        'NON_CONFORMING', 'NOT_SPECIFIED_UNKNOWN'
      )`);
    await runner.query(`
      CREATE TABLE survivor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        given_name text,
        family_name text,
        date_of_birth date,
        gender htcds_gender NOT NULL DEFAULT 'NOT_SPECIFIED_UNKNOWN',
        citizenship text,
        phones text[] NOT NULL DEFAULT '{}',
        shared_with_sectors text[] NOT NULL DEFAULT '{}',
        owner_org text NOT NULL,
        source_record_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The source system's id makes seeding and imports idempotent, per owning organisation.
    await runner.query('CREATE UNIQUE INDEX survivor_owner_source ON survivor (owner_org, source_record_id)');
    for (const statement of LINKAGE_OUTBOX_DDL) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of LINKAGE_OUTBOX_DROP) await runner.query(statement);
    await runner.query('DROP TABLE survivor');
    await runner.query('DROP TYPE htcds_gender');
  }
}
