import type { DataSource } from 'typeorm';
import type { FinestRow, MeasureRows, RowQuery } from '../../../shared/aggregates/index.js';
import { CaseExploitationType } from '../taxonomy/exploitation-type.enum.js';
import { PerpetratorRole } from '../taxonomy/perpetrator-role.enum.js';
import { LawEnforcementDimension, LawEnforcementMeasure } from './law-enforcement-measures.js';

/** Stored HTCDS value names → the GraphQL names the categories are spelt in. */
function graphqlName(enumeration: Record<string, string>, column: string): string {
  return `CASE ${Object.entries(enumeration).map(([name, value]) => `WHEN ${column} = '${value}' THEN '${name}'`).join(' ')} END`;
}

/** Only what an aggregate may be built from: H0 and H1 cases (see the measures' provenance). */
const DISSEMINABLE = `c.handling_code IN ('H0', 'H1')`;

interface Source {
  /** FROM … JOIN …, with the case as `c`. */
  readonly from: string;
  readonly scope: string;
  readonly place: { readonly LOCATION: string; readonly CORRIDOR: string };
  readonly date: string;
  readonly categories: Readonly<Record<string, { readonly value: string; readonly unnest?: string }>>;
}

const SOURCES: Readonly<Record<string, Source>> = {
  [LawEnforcementMeasure.CASES]: {
    from: 'law_enforcement_case c',
    scope: 'c.jurisdiction',
    place: { LOCATION: 'c.jurisdiction', CORRIDOR: 'c.jurisdiction' },
    date: 'c.opened_on',
    categories: {
      [LawEnforcementDimension.EXPLOITATION_TYPE]: { unnest: 'unnest(c.types_of_exploitation::text[]) AS x(value)', value: graphqlName(CaseExploitationType, 'x.value') },
    },
  },
  [LawEnforcementMeasure.SUSPECTS]: {
    from: `person_record p JOIN law_enforcement_case c ON c.id = p.case_id AND p.category = 'SUSPECT'`,
    scope: 'c.jurisdiction',
    place: { LOCATION: 'c.jurisdiction', CORRIDOR: 'c.jurisdiction' },
    date: 'c.opened_on',
    categories: {
      [LawEnforcementDimension.PERPETRATOR_ROLE]: { unnest: 'unnest(p.perpetrator_roles::text[]) AS x(value)', value: graphqlName(PerpetratorRole, 'x.value') },
    },
  },
  [LawEnforcementMeasure.JOURNEY_LEGS]: {
    from: 'journey_leg l JOIN law_enforcement_case c ON c.id = l.case_id',
    scope: 'left(l.to_code, 2)',
    place: { LOCATION: 'l.to_code', CORRIDOR: 'left(l.from_code, 2)' },
    date: 'l.travelled_on',
    categories: { [LawEnforcementDimension.MODE]: { value: 'l.mode::text' } },
  },
};

/**
 * The law-enforcement sector's finest counts straight from the base tables, one GROUP BY per table
 * (totals, then the breakdown): the definition the rollup (migration 1767300000000) must always
 * agree with, and what the tests recount it against. Seconds per country-year at a million legs.
 */
export function lawEnforcementRecount(dataSource: DataSource): MeasureRows {
  return async (measure: string, query: RowQuery): Promise<FinestRow[]> => {
    const source = SOURCES[measure]!;
    const scopeFilter = query.scope ? `AND ${source.scope} = $2` : `AND ${source.scope} IS NOT NULL`;
    const category = query.dimension ? source.categories[query.dimension] : undefined;
    const select = (value: string, unnest?: string) => `
      SELECT ${source.scope} AS scope, ${source.place[query.kind]} AS place, extract(month FROM ${source.date})::int AS month,
             ${value} AS category, count(*)::int AS count
        FROM ${source.from} ${unnest ? `CROSS JOIN LATERAL ${unnest}` : ''}
       WHERE ${DISSEMINABLE} AND ${source.date} >= make_date($1, 1, 1) AND ${source.date} < make_date($1 + 1, 1, 1) ${scopeFilter}
       GROUP BY 1, 2, 3, 4`;
    const sql = category ? `${select('NULL::text')} UNION ALL ${select(category.value, category.unnest)}` : select('NULL::text');
    return dataSource.query(sql, [query.year, ...(query.scope ? [query.scope] : [])]);
  };
}
