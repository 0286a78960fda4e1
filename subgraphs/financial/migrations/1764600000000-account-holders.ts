import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LINKAGE_OUTBOX_DDL, LINKAGE_OUTBOX_DROP } from '../../../shared/linkage-outbox/index.js';

export class AccountHolders1764600000000 implements MigrationInterface {
  name = 'AccountHolders1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE account_holder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        given_name text,
        family_name text,
        date_of_birth date,
        nationality text,
        documents jsonb NOT NULL DEFAULT '[]',
        phones text[] NOT NULL DEFAULT '{}',
        account_number text NOT NULL,
        owner_org text NOT NULL,
        source_record_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The source system's id makes seeding and imports idempotent, per owning institution.
    await runner.query(
      'CREATE UNIQUE INDEX account_holder_owner_source ON account_holder (owner_org, source_record_id)',
    );
    for (const statement of LINKAGE_OUTBOX_DDL) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of LINKAGE_OUTBOX_DROP) await runner.query(statement);
    await runner.query('DROP TABLE account_holder');
  }
}
