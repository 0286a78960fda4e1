import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trafficking events can be imported: each remembers the source system's record id (an ODK
 * repeat's KEY, say), unique per NGO, so that importing a file twice writes each event once.
 * Events recorded through the API have none (NULLs never collide in a unique index).
 */
export class TraffickingEventSourceIds1767200000001 implements MigrationInterface {
  name = 'TraffickingEventSourceIds1767200000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE trafficking_event ADD COLUMN source_record_id text');
    await runner.query('CREATE UNIQUE INDEX trafficking_event_owner_source ON trafficking_event (owner_org, source_record_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX trafficking_event_owner_source');
    await runner.query('ALTER TABLE trafficking_event DROP COLUMN source_record_id');
  }
}
