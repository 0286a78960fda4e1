import type { DataSource } from 'typeorm';
import type { FinestRow, MeasureRows, RowQuery } from '../../../shared/aggregates/index.js';
import { CTDC_AGE_BANDS, NgoDimension, NgoMeasure } from './ngo-measures.js';

/** The SQL expression (over `survivor s`) and whether it is an array to unnest, per survivor dimension. */
const SURVIVOR_CATEGORY: Readonly<Record<string, { readonly expression: string; readonly array: boolean }>> = {
  [NgoDimension.EXPLOITATION_TYPE]: { expression: 's.types_of_exploitation', array: true },
  [NgoDimension.METHOD_OF_RECRUITMENT]: { expression: 's.methods_of_recruitment', array: true },
  [NgoDimension.METHOD_OF_CONTROL]: { expression: 's.methods_of_control', array: true },
  [NgoDimension.CITIZENSHIP]: { expression: 's.citizenships', array: true },
  [NgoDimension.GENDER]: { expression: 's.gender::text', array: false },
  [NgoDimension.AGE_BAND]: {
    expression: `CASE ${CTDC_AGE_BANDS.map((band) => `WHEN s.age_when_trafficked BETWEEN ${band.min} AND ${band.max} THEN '${band.label}'`).join(' ')} ELSE 'UNKNOWN' END`,
    array: false,
  },
};

const INCIDENT_CATEGORY: Readonly<Record<string, string>> = {
  [NgoDimension.EXPLOITATION_TYPE]: 'i.type_of_exploitation',
  [NgoDimension.SOURCE]: 'i.source',
};

/**
 * Where and when each survivor counts, worked out from her events on read: her first exploitation
 * event (else her latest dated one); her route from her recruitment event (else her first). The
 * rules `survivor_route_fact` keeps per survivor (migrations 1767100000000, 1767300000001).
 */
const PLACED = `(
  SELECT s.id AS survivor_id, l.place_code, l.place_country, l.sorted_on AS located_on,
         CASE WHEN o.id IS NULL OR o.id = l.id THEN 'UNKNOWN' ELSE o.place_country END AS origin_country
    FROM survivor s
   CROSS JOIN LATERAL (
     SELECT e.id, e.place_code, e.place_country, e.sorted_on FROM trafficking_event e
      WHERE e.survivor_id = s.id AND e.sorted_on <> DATE 'infinity'
      ORDER BY (e.stage = 'EXPLOITATION') DESC, CASE WHEN e.stage = 'EXPLOITATION' THEN e.sorted_on END ASC, e.sorted_on DESC, e.id
      LIMIT 1) l
    LEFT JOIN LATERAL (
     SELECT e.id, e.place_country FROM trafficking_event e
      WHERE e.survivor_id = s.id
      ORDER BY (e.stage = 'RECRUITMENT') DESC, e.sorted_on ASC, e.id
      LIMIT 1) o ON true)`;

/**
 * The NGO's finest counts straight from the base tables (survivors placed from their events,
 * incidents from their own table): the definition the rollup (migration 1767300000001) must
 * always agree with, and what the tests recount it against. A sort per survivor: seconds at a million.
 */
export function ngoRecount(dataSource: DataSource): MeasureRows {
  return async (measure: string, query: RowQuery): Promise<FinestRow[]> => {
    const sql = measure === NgoMeasure.SURVIVORS ? survivorSql(query) : incidentSql(query);
    const rows: Array<{ scope: string; place: string; month: number; category: string | null; count: number }> = await dataSource.query(sql, [
      query.year,
      ...(query.scope ? [query.scope] : []),
    ]);
    return rows;
  };
}

function survivorSql(query: RowQuery): string {
  const place = query.kind === 'LOCATION' ? 'f.place_code' : 'f.origin_country';
  const scopeFilter = query.scope ? 'AND f.place_country = $2' : '';
  const category = query.dimension ? SURVIVOR_CATEGORY[query.dimension] : undefined;
  const totals = `
    SELECT f.place_country AS scope, ${place} AS place, extract(month FROM f.located_on)::int AS month, NULL::text AS category, count(*)::int AS count
      FROM ${PLACED} f
     WHERE f.located_on >= make_date($1, 1, 1) AND f.located_on < make_date($1 + 1, 1, 1) ${scopeFilter}
     GROUP BY 1, 2, 3`;
  if (!category) return totals;
  const value = category.array ? 'c.value' : category.expression;
  const unnest = category.array ? `CROSS JOIN LATERAL unnest(${category.expression}) AS c(value)` : '';
  return `${totals}
    UNION ALL
    SELECT f.place_country, ${place}, extract(month FROM f.located_on)::int, ${value}, count(*)::int
      FROM ${PLACED} f JOIN survivor s ON s.id = f.survivor_id ${unnest}
     WHERE f.located_on >= make_date($1, 1, 1) AND f.located_on < make_date($1 + 1, 1, 1) ${scopeFilter}
     GROUP BY 1, 2, 3, 4`;
}

function incidentSql(query: RowQuery): string {
  const scopeFilter = query.scope ? 'AND i.place_country = $2' : '';
  const category = query.dimension ? INCIDENT_CATEGORY[query.dimension] : undefined;
  const select = (value: string) => `
    SELECT i.place_country AS scope, i.place_code AS place, extract(month FROM i.occurred_on)::int AS month, ${value} AS category, count(*)::int AS count
      FROM incident_report i
     WHERE i.occurred_on >= make_date($1, 1, 1) AND i.occurred_on < make_date($1 + 1, 1, 1) ${scopeFilter}
     GROUP BY 1, 2, 3, 4`;
  return category ? `${select('NULL::text')} UNION ALL ${select(category)}` : select('NULL::text');
}
