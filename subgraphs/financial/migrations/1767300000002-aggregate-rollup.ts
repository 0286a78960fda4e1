import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRollupSql, dropRollupTriggersSql, rollupRebuildSql, ROLLUP_TABLE_DDL, rollupTriggersSql, type RollupSource } from '../../../shared/aggregates/rollup-sql.js';

/*
 * The financial rollup (shared/aggregates/rollup-sql.ts): transactions and single-transaction red
 * flags per country (or route), month and category, with their sums.
 *
 * Which typology a transaction shows depends on the institution's configuration (its structuring
 * thresholds): the rules the rollup was counted with sit in `aggregate_rollup_rules`, one row, and
 * the subgraph rewrites them and recounts at start when its configuration differs
 * (analytics/financial-rollup-rules.ts). The row below is the default configuration.
 */
const TYPOLOGY = `CASE
    WHEN t.counterparty_kind::text = ANY (r.classified_ad_kinds) THEN 'CLASSIFIED_AD_PAYMENTS'
    WHEN t.channel = 'CASH_DEPOSIT' AND t.amount_minor >= (r.structuring -> t.currency ->> 0)::bigint
                                    AND t.amount_minor < (r.structuring -> t.currency ->> 1)::bigint THEN 'STRUCTURING'
  END`;

const transactions = (measure: string, where: string | undefined, dimensions: RollupSource['dimensions']): RollupSource => ({
  measure,
  from: (rel) => `${rel('account_transaction')} t CROSS JOIN aggregate_rollup_rules r`,
  where,
  day: `(t.occurred_at AT TIME ZONE 'UTC')::date`,
  layouts: {
    LOCATION: { scope: 't.location_country', place: 'coalesce(t.location_code, t.location_country)' },
    CORRIDOR: { scope: 't.destination_country', place: `coalesce(t.origin_country, 'UNKNOWN')` },
  },
  totals: true,
  dimensions,
  amount: 't.amount_minor',
});
const SOURCES = [
  transactions('TRANSACTIONS', undefined, { CHANNEL: { value: 't.channel::text' }, CURRENCY: { value: 't.currency' } }),
  transactions('RED_FLAGS', `(${TYPOLOGY}) IS NOT NULL`, { TYPOLOGY: { value: TYPOLOGY }, CURRENCY: { value: 't.currency' } }),
];
const TRUNCATED = ['account_transaction'];

export class AggregateRollup1767300000002 implements MigrationInterface {
  name = 'AggregateRollup1767300000002';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE aggregate_rollup_rules (
         id boolean PRIMARY KEY DEFAULT true CHECK (id),
         -- counterparty kinds that make a payment a classified-ad payment
         classified_ad_kinds text[] NOT NULL,
         -- currency → [lowest, threshold): cash deposits in the band just below a reporting threshold
         structuring jsonb NOT NULL
       )`,
      `INSERT INTO aggregate_rollup_rules (classified_ad_kinds, structuring)
       VALUES ('{CLASSIFIED_AD_SITE,ESCORT_SERVICE}', '{"USD": [900000, 1000000], "EUR": [900000, 1000000], "GBP": [900000, 1000000]}')`,
      ...ROLLUP_TABLE_DDL,
      ...rollupRebuildSql(SOURCES, TRUNCATED),
      ...rollupTriggersSql('account_transaction', SOURCES),
      'SELECT aggregate_rollup_rebuild()',
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const statements = [...dropRollupTriggersSql('account_transaction'), ...dropRollupSql(TRUNCATED), 'DROP TABLE aggregate_rollup_rules'];
    for (const statement of statements) await runner.query(statement);
  }
}
