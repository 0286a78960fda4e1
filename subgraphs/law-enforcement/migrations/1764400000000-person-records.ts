import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LINKAGE_OUTBOX_DDL, LINKAGE_OUTBOX_DROP } from '../../../shared/linkage-outbox/index.js';

export class PersonRecords1764400000000 implements MigrationInterface {
  name = 'PersonRecords1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TYPE person_category AS ENUM ('SUSPECT', 'VICTIM', 'WITNESS')`);
    await runner.query(`
      CREATE TABLE person_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_reference text NOT NULL,
        category person_category NOT NULL,
        given_name text,
        family_name text,
        date_of_birth date,
        nationalities text[] NOT NULL DEFAULT '{}',
        documents jsonb NOT NULL DEFAULT '[]',
        phones text[] NOT NULL DEFAULT '{}',
        owner_org text NOT NULL,
        -- The source system's id makes seeding and imports idempotent.
        source_record_id text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX person_record_owner_case ON person_record (owner_org, case_reference)');
    for (const statement of LINKAGE_OUTBOX_DDL) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of LINKAGE_OUTBOX_DROP) await runner.query(statement);
    await runner.query('DROP TABLE person_record');
    await runner.query('DROP TYPE person_category');
  }
}
