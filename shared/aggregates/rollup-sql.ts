/*
 * The SQL each sector's rollup migration is written with (docs/analytics.md, "Rollups").
 *
 * `aggregate_rollup` holds, per sector database, the finest counts the aggregate engine reads:
 * one row per (measure, layout, year, dimension, scope, category, place, month) with its count and
 * sum of money. Totals are the rows with dimension '' and category ''. A table of the engine is
 * then a read of a few hundred rows whatever the record count, where counting the base tables
 * read one country-year of records (seconds at a million).
 *
 * Statement-level triggers with transition tables keep it current: a statement's old rows are
 * counted out and its new rows counted in, in one GROUP BY and one upsert, so a bulk import of
 * 10,000 rows costs one delta, not 10,000. Cells that fall to zero are deleted, so the rollup
 * holds exactly the groups a recount from the base tables would find.
 *
 * Migrations are history: what these functions generate must never change once a migration
 * released with it. A new shape is a new function.
 */

export type RollupLayout = 'LOCATION' | 'CORRIDOR';

/** Names the relation a source reads for a base table: the table itself, or a transition table. */
export type Relations = (table: string) => string;

/** One measure (or one part of one) as counted from base tables. */
export interface RollupSource {
  readonly measure: string;
  /** FROM … JOIN … over `rel(table)` for each base table read. */
  readonly from: (rel: Relations) => string;
  /** Rows that count at all (e.g. handling codes an aggregate may use). */
  readonly where?: string;
  /** The row's day, a `date`; rows without one do not count. */
  readonly day: string;
  /** Where the row counts, per layout: a scope (country or destination) and a place (or origin). */
  readonly layouts: Readonly<Partial<Record<RollupLayout, { readonly scope: string; readonly place: string }>>>;
  /** False for a source that only adds breakdowns (its totals come from another source). */
  readonly totals: boolean;
  /** Breakdowns: the category expression, over `unnest … AS x(value)` when multi-valued. */
  readonly dimensions: Readonly<Record<string, { readonly value: string; readonly unnest?: string }>>;
  /** Money in minor units summed with the count. */
  readonly amount?: string;
}

const KEY = 'measure, kind, year, dimension, scope, category, place, month';

export const ROLLUP_TABLE_DDL: readonly string[] = [
  `CREATE TABLE aggregate_rollup (
     measure text NOT NULL,
     kind text NOT NULL,
     year smallint NOT NULL,
     dimension text NOT NULL,
     scope text NOT NULL,
     category text NOT NULL,
     place text NOT NULL,
     month smallint NOT NULL,
     count bigint NOT NULL,
     amount_minor numeric NOT NULL DEFAULT 0,
     -- A table of the engine is one range (totals) or two (totals and one breakdown); a ranking, one.
     PRIMARY KEY (${KEY})
   )`,
  // Cells a delta brought to zero, found without scanning the rollup.
  'CREATE INDEX aggregate_rollup_emptied ON aggregate_rollup (measure) WHERE count = 0',
];

/** Every row a set of base rows adds to the rollup, one per (row, layout, totals or category); ungrouped. */
export function contributionsSql(source: RollupSource, rel: Relations): string {
  const selects: string[] = [];
  for (const [kind, layout] of Object.entries(source.layouts)) {
    if (!layout) continue;
    const select = (dimension: string, category: string, unnest?: string) => `
      SELECT '${source.measure}'::text AS measure, '${kind}'::text AS kind, extract(year FROM ${source.day})::smallint AS year,
             '${dimension}'::text AS dimension, ${layout.scope} AS scope, coalesce(${category}, '') AS category, ${layout.place} AS place,
             extract(month FROM ${source.day})::smallint AS month, (${source.amount ?? '0'})::numeric AS amount_minor
        FROM ${source.from(rel)}${unnest ? ` CROSS JOIN LATERAL ${unnest}` : ''}
       WHERE ${source.where ?? 'true'} AND ${source.day} IS NOT NULL AND ${layout.scope} IS NOT NULL`;
    if (source.totals) selects.push(select('', `''`));
    for (const [dimension, { value, unnest }] of Object.entries(source.dimensions)) selects.push(select(dimension, value, unnest));
  }
  return selects.join('\n UNION ALL');
}

/** Counts `minus` out of and `plus` into the rollup, then drops emptied cells. */
export function rollupDeltaSql(parts: ReadonlyArray<{ readonly sign: 1 | -1; readonly sql: string }>): string {
  const rows = parts.map(({ sign, sql }) => `SELECT c.*, ${sign} AS sign FROM (${sql}) c`).join('\n UNION ALL ');
  return `
    INSERT INTO aggregate_rollup AS r (${KEY}, count, amount_minor)
    SELECT ${KEY}, sum(sign), sum(sign * amount_minor)
      FROM (${rows}) d
     GROUP BY ${KEY}
    HAVING sum(sign) <> 0 OR sum(sign * amount_minor) <> 0
     -- One order for every writer, so concurrent deltas lock cells in the same order.
     ORDER BY ${KEY}
    ON CONFLICT (${KEY}) DO UPDATE SET count = r.count + excluded.count, amount_minor = r.amount_minor + excluded.amount_minor;
    DELETE FROM aggregate_rollup WHERE count = 0;`;
}

type Event = 'INSERT' | 'UPDATE' | 'DELETE';

const BASE: Relations = (table) => table;

/**
 * A statement-level trigger on `table` that applies every source's delta: old rows out (UPDATE,
 * DELETE), new rows in (INSERT, UPDATE), reading the other tables as they stand.
 */
export function rollupTriggerSql(table: string, event: Event, sources: readonly RollupSource[]): string[] {
  const name = `${table}_rollup_${event.toLowerCase()}`;
  const as = (transition: string): Relations => (t) => (t === table ? transition : t);
  const parts = sources.flatMap((source) => [
    ...(event !== 'INSERT' ? [{ sign: -1 as const, sql: contributionsSql(source, as('old_rows')) }] : []),
    ...(event !== 'DELETE' ? [{ sign: 1 as const, sql: contributionsSql(source, as('new_rows')) }] : []),
  ]);
  const referencing = [event !== 'INSERT' ? 'OLD TABLE AS old_rows' : '', event !== 'DELETE' ? 'NEW TABLE AS new_rows' : ''].join(' ');
  return [
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${rollupDeltaSql(parts)} RETURN NULL; END $$`,
    `CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
  ];
}

/** The three triggers of a table every source reads it the same way for. */
export function rollupTriggersSql(table: string, sources: readonly RollupSource[]): string[] {
  return (['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((event) => rollupTriggerSql(table, event, sources));
}

export function dropRollupTriggersSql(table: string): string[] {
  return (['insert', 'update', 'delete'] as const).flatMap((event) => [
    `DROP TRIGGER ${table}_rollup_${event} ON ${table}`,
    `DROP FUNCTION ${table}_rollup_${event}()`,
  ]);
}

/**
 * `aggregate_rollup_rebuild()`: the rollup recounted from the base tables, set-based. Migrations
 * fill the rollup with it; so does a bulk load that ran with the triggers off, and TRUNCATE of a
 * base table (no transition table tells what it removed).
 */
export function rollupRebuildSql(sources: readonly RollupSource[], truncated: readonly string[]): string[] {
  const all = rollupDeltaSql(sources.map((source) => ({ sign: 1 as const, sql: contributionsSql(source, BASE) })));
  return [
    `CREATE FUNCTION aggregate_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM aggregate_rollup; ${all} END $$`,
    `CREATE FUNCTION aggregate_rollup_rebuild_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM aggregate_rollup_rebuild(); RETURN NULL; END $$`,
    ...truncated.map(
      (table) => `CREATE TRIGGER ${table}_rollup_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION aggregate_rollup_rebuild_trigger()`,
    ),
  ];
}

export function dropRollupSql(truncated: readonly string[]): string[] {
  return [
    ...truncated.map((table) => `DROP TRIGGER ${table}_rollup_truncate ON ${table}`),
    'DROP FUNCTION aggregate_rollup_rebuild_trigger()',
    'DROP FUNCTION aggregate_rollup_rebuild()',
    'DROP TABLE aggregate_rollup',
  ];
}
