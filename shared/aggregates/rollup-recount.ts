import type { DataSource } from 'typeorm';
import type { FinestRow } from './aggregate-table.js';
import type { MeasureDefinition, MeasureRows, TableKind } from './measure.js';
import { rollupMeasureRows } from './rollup-rows.js';

/** One table where the rollup and a recount from the base tables disagree. */
export interface RollupDifference {
  readonly measure: string;
  readonly kind: TableKind;
  readonly year: number;
  readonly dimension: string | null;
  readonly rollup: readonly string[];
  readonly recount: readonly string[];
}

/**
 * Reads every table the engine can ask for — each measure, layout, breakdown and year, all
 * scopes at once — from the rollup and from `recount`, and returns those that differ. Empty:
 * the rollup holds exactly what counting the base tables gives. For tests and for checking a
 * production database after a bulk load.
 */
export async function compareRollupWithRecount(
  dataSource: DataSource,
  measures: readonly MeasureDefinition[],
  recount: MeasureRows,
  years: readonly number[],
): Promise<RollupDifference[]> {
  const rollup = rollupMeasureRows(dataSource);
  const differences: RollupDifference[] = [];
  for (const measure of measures) {
    const kinds: TableKind[] = measure.onCorridors ? ['LOCATION', 'CORRIDOR'] : ['LOCATION'];
    for (const kind of kinds) {
      for (const dimension of [null, ...Object.keys(measure.dimensions)]) {
        for (const year of years) {
          const query = { kind, scope: null, year, dimension };
          const [fromRollup, fromRecount] = await Promise.all([rollup(measure.name, query), recount(measure.name, query)]);
          const a = canonical(fromRollup);
          const b = canonical(fromRecount);
          if (a.join('\n') !== b.join('\n')) differences.push({ measure: measure.name, kind, year, dimension, rollup: a, recount: b });
        }
      }
    }
  }
  return differences;
}

function canonical(rows: readonly FinestRow[]): string[] {
  return rows
    .map((row) => `${row.scope}|${row.place}|${row.month}|${row.category ?? '*'}|${row.count}|${row.amountMinor ?? 0}`)
    .sort();
}
