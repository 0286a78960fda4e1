import type { DataSource } from 'typeorm';
import type { FinestRow } from './aggregate-table.js';
import type { MeasureRows, RowQuery } from './measure.js';

/**
 * A sector's finest counts, read from its `aggregate_rollup` (rollup-sql.ts): the totals of the
 * measure and, with a breakdown, that dimension's categories — the rows a GROUP BY over the base
 * tables would return, for one scope and year (or every scope, for rankings).
 */
export function rollupMeasureRows(dataSource: DataSource): MeasureRows {
  return async (measure: string, query: RowQuery): Promise<FinestRow[]> => {
    const scope = query.scope ? 'AND scope = $5' : '';
    return dataSource.query(
      `SELECT scope, place, month::int AS month, nullif(category, '') AS category, count::int AS count, amount_minor::float8 AS "amountMinor"
         FROM aggregate_rollup
        WHERE measure = $1 AND kind = $2 AND year = $3 AND dimension IN ('', $4) ${scope}`,
      [measure, query.kind, query.year, query.dimension ?? '', ...(query.scope ? [query.scope] : [])],
    );
  };
}
