import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The aggregates read one country-year at a time (docs/analytics.md); these indexes make that a
 * range scan of the rows it counts, and only of rows an aggregate may use (H0/H1), instead of a
 * scan of every case or leg. Indexes, not rollups: the tables are read by country and date as
 * stored, so an index serves them exactly and never goes stale.
 */
export class AggregateIndexes1767100000001 implements MigrationInterface {
  name = 'AggregateIndexes1767100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX law_enforcement_case_aggregate ON law_enforcement_case (jurisdiction, opened_on) WHERE handling_code IN ('H0', 'H1')`);
    await runner.query('CREATE INDEX journey_leg_arrival_country ON journey_leg ((left(to_code, 2)), travelled_on) INCLUDE (case_id, to_code, from_code, mode)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX journey_leg_arrival_country');
    await runner.query('DROP INDEX law_enforcement_case_aggregate');
  }
}
