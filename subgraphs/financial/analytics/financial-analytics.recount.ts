import type { DataSource } from 'typeorm';
import type { FinestRow, MeasureRows, RowQuery } from '../../../shared/aggregates/index.js';
import type { RedFlagOptions } from '../red-flag/red-flag.options.js';
import { FinancialDimension, FinancialMeasure, TransactionTypology } from './financial-measures.js';

/** Where a transaction counts, per table kind: its place, or its route (origin → destination country). */
const LAYOUT = {
  LOCATION: { scope: 't.location_country', place: 't.location_code' },
  CORRIDOR: { scope: 't.destination_country', place: `coalesce(t.origin_country, 'UNKNOWN')` },
} as const;

/**
 * The typology a transaction shows by itself, as SQL: the classified-ad rule's counterparties and
 * the structuring rule's band under each configured threshold (the rules' own options).
 */
export function typologySql(options: RedFlagOptions): string {
  const kinds = options.classifiedAds.counterpartyKinds.map((kind) => `'${kind}'`).join(', ');
  const bands = Object.entries(options.structuring.thresholds).map(
    ([currency, threshold]) =>
      `(t.currency = '${currency}' AND t.amount_minor >= ${Math.ceil(threshold * (1 - options.structuring.band))} AND t.amount_minor < ${threshold})`,
  );
  return `CASE
    WHEN t.counterparty_kind IN (${kinds}) THEN '${TransactionTypology.CLASSIFIED_AD_PAYMENTS}'
    WHEN t.channel = 'CASH_DEPOSIT' AND (${bands.join(' OR ') || 'false'}) THEN '${TransactionTypology.STRUCTURING}'
  END`;
}

/**
 * The financial sector's finest counts and sums straight from the base tables, one GROUP BY per
 * table (totals, then the breakdown): the definition the rollup (migration 1767300000002) must
 * always agree with, and what the tests recount it against.
 */
export function financialRecount(dataSource: DataSource, options: RedFlagOptions): MeasureRows {
  const typology = typologySql(options);
  const categories: Readonly<Record<string, string>> = {
    [FinancialDimension.CHANNEL]: 't.channel::text',
    [FinancialDimension.CURRENCY]: 't.currency',
    [FinancialDimension.TYPOLOGY]: typology,
  };
  return async (measure: string, query: RowQuery): Promise<FinestRow[]> => {
    const layout = LAYOUT[query.kind];
    // A place finer than its country is only stored for transactions at one; a country-only
    // transaction is its own (hidden) row of the country's table.
    const place = query.kind === 'LOCATION' ? `coalesce(${layout.place}, ${layout.scope})` : layout.place;
    const flagged = measure === FinancialMeasure.RED_FLAGS ? `AND (${typology}) IS NOT NULL` : '';
    const scopeFilter = query.scope ? `AND ${layout.scope} = $2` : `AND ${layout.scope} IS NOT NULL`;
    const select = (value: string) => `
      SELECT ${layout.scope} AS scope, ${place} AS place, extract(month FROM t.occurred_at AT TIME ZONE 'UTC')::int AS month,
             ${value} AS category, count(*)::int AS count, sum(t.amount_minor)::float8 AS "amountMinor"
        FROM account_transaction t
       WHERE t.occurred_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'UTC') AND t.occurred_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'UTC')
             ${scopeFilter} ${flagged}
       GROUP BY 1, 2, 3, 4`;
    const category = query.dimension ? categories[query.dimension] : undefined;
    const sql = category ? `${select('NULL::text')} UNION ALL ${select(category)}` : select('NULL::text');
    return dataSource.query(sql, [query.year, ...(query.scope ? [query.scope] : [])]);
  };
}
