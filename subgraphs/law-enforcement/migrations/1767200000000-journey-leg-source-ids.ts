import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journey legs can be imported: each remembers the source system's record id, unique per agency
 * (as a person record's is), so that importing a file twice writes each leg once. Legs recorded
 * through the API have none (NULLs never collide in a unique index).
 */
export class JourneyLegSourceIds1767200000000 implements MigrationInterface {
  name = 'JourneyLegSourceIds1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE journey_leg ADD COLUMN source_record_id text');
    await runner.query('CREATE UNIQUE INDEX journey_leg_owner_source ON journey_leg (owner_org, source_record_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX journey_leg_owner_source');
    await runner.query('ALTER TABLE journey_leg DROP COLUMN source_record_id');
  }
}
