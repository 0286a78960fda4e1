import type { DataSource } from 'typeorm';
import { BeaconError } from '../errors/index.js';
import type { FinestRow } from './aggregate-table.js';
import type { MeasureRows, RowQuery } from './measure.js';

/*
 * The rows come back as one text in one result row: fields split by the ASCII unit separator,
 * rows by the record separator (codes, enum values and numbers never hold either). A corridor
 * table is 1,000–5,000 rows; the driver's per-row, per-column decoding of them cost several
 * times what Postgres took to find them, and json_agg cost Postgres twice what string_agg does.
 */
const FIELD = '\x1f';
const ROW = '\x1e';
const FIELDS = 6;

/**
 * A sector's finest counts, read from its `aggregate_rollup` (rollup-sql.ts): the totals of the
 * measure and, with a breakdown, that dimension's categories — the rows a GROUP BY over the base
 * tables would return, for one scope and year (or every scope, for rankings).
 */
export function rollupMeasureRows(dataSource: DataSource): MeasureRows {
  return async (measure: string, query: RowQuery): Promise<FinestRow[]> => {
    const scope = query.scope ? 'AND scope = $5' : '';
    const [{ rows }] = (await dataSource.query(
      `SELECT string_agg(concat_ws(E'\\x1f', scope, place, month, category, count, amount_minor), E'\\x1e') AS rows
         FROM aggregate_rollup
        WHERE measure = $1 AND kind = $2 AND year = $3 AND dimension IN ('', $4) ${scope}`,
      [measure, query.kind, query.year, query.dimension ?? '', ...(query.scope ? [query.scope] : [])],
    )) as [{ rows: string | null }];
    return rows === null ? [] : rows.split(ROW).map(parseRow);
  };
}

/** One packed row; anything but six fields and whole numbers is refused, never guessed at. */
function parseRow(text: string): FinestRow {
  const fields = text.split(FIELD);
  const [scope, place, month, category, count, amountMinor] = fields as [string, string, string, string, string, string];
  const row = { scope, place, month: Number(month), category: category === '' ? null : category, count: Number(count), amountMinor: Number(amountMinor) };
  if (fields.length !== FIELDS || !Number.isInteger(row.month) || !Number.isInteger(row.count) || !Number.isFinite(row.amountMinor)) {
    throw new BeaconError('INTERNAL_SERVER_ERROR', 'An aggregate_rollup row could not be read.');
  }
  return row;
}
