import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The aggregates read one country-year at a time, across institutions (docs/analytics.md); the
 * existing indexes lead with the owning institution, for record lists. These lead with the
 * country and carry every column a table counts, so a country-year is an index-only range scan.
 * Indexes rather than rollups: they are exact for every breakdown and never go stale.
 */
export class AggregateIndexes1767100000002 implements MigrationInterface {
  name = 'AggregateIndexes1767100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX account_transaction_aggregate_place ON account_transaction (location_country, occurred_at)
      INCLUDE (location_code, channel, currency, amount_minor, counterparty_kind)`);
    await runner.query(`CREATE INDEX account_transaction_aggregate_route ON account_transaction (destination_country, occurred_at)
      INCLUDE (origin_country, channel, currency, amount_minor, counterparty_kind)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX account_transaction_aggregate_route');
    await runner.query('DROP INDEX account_transaction_aggregate_place');
  }
}
