import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropRollupSql, dropRollupTriggersSql, rollupRebuildSql, ROLLUP_TABLE_DDL, rollupTriggersSql, type RollupSource } from '../../../shared/aggregates/rollup-sql.js';

/*
 * The NGO rollup (shared/aggregates/rollup-sql.ts): survivors and incident reports per country
 * (or route), month and category.
 *
 * Survivors count through `survivor_route_fact`, which now also carries the survivor's breakdown
 * fields (gender, age, HTCDS lists, citizenships): every survivor figure is then a function of
 * one fact row, and erasing a survivor (which cascades to her events, then to her fact) counts
 * her out without reading a survivor row that is already gone.
 *
 * The fact is refreshed per statement, not per event: a statement-level trigger on
 * `trafficking_event` refreshes every survivor the statement touched in one set-based pass
 * (an import of 10,000 events was 10,000 refreshes).
 */
const LOCATED = `
  SELECT e.id, e.place_code, e.place_country, e.sorted_on FROM trafficking_event e
   WHERE e.survivor_id = s.id AND e.sorted_on <> DATE 'infinity'
   ORDER BY (e.stage = 'EXPLOITATION') DESC, CASE WHEN e.stage = 'EXPLOITATION' THEN e.sorted_on END ASC, e.sorted_on DESC, e.id
   LIMIT 1`;
const ORIGIN = `
  SELECT e.id, e.place_country FROM trafficking_event e
   WHERE e.survivor_id = s.id
   ORDER BY (e.stage = 'RECRUITMENT') DESC, e.sorted_on ASC, e.id
   LIMIT 1`;
const BREAKDOWN_COLUMNS = ['gender', 'age_when_trafficked', 'types_of_exploitation', 'methods_of_recruitment', 'methods_of_control', 'citizenships'];
const breakdownValues = (s: string) => `${s}.gender::text, ${s}.age_when_trafficked, ${s}.types_of_exploitation, ${s}.methods_of_recruitment, ${s}.methods_of_control, ${s}.citizenships`;

/** CTDC's `ageBroad` levels (../shared/data/ctdc/ctdc_ageBroad_bands.csv), bounds inclusive, as at this migration. */
const AGE_BANDS: ReadonlyArray<readonly [string, number, number]> = [
  ['0-8', 0, 8], ['9-17', 9, 17], ['18-20', 18, 20], ['21-23', 21, 23], ['24-26', 24, 26], ['27-29', 27, 29], ['30-38', 30, 38], ['39-47', 39, 47], ['48+', 48, 200],
];
const list = (column: string) => ({ unnest: `unnest(f.${column}) AS x(value)`, value: 'x.value' });

const SURVIVORS: RollupSource = {
  measure: 'SURVIVORS',
  from: (rel) => `${rel('survivor_route_fact')} f`,
  day: 'f.located_on',
  layouts: {
    LOCATION: { scope: 'f.place_country', place: 'f.place_code' },
    CORRIDOR: { scope: 'f.place_country', place: 'f.origin_country' },
  },
  totals: true,
  dimensions: {
    EXPLOITATION_TYPE: list('types_of_exploitation'),
    METHOD_OF_RECRUITMENT: list('methods_of_recruitment'),
    METHOD_OF_CONTROL: list('methods_of_control'),
    CITIZENSHIP: list('citizenships'),
    GENDER: { value: 'f.gender' },
    AGE_BAND: { value: `CASE ${AGE_BANDS.map(([label, min, max]) => `WHEN f.age_when_trafficked BETWEEN ${min} AND ${max} THEN '${label}'`).join(' ')} ELSE 'UNKNOWN' END` },
  },
};
const INCIDENTS: RollupSource = {
  measure: 'INCIDENTS',
  from: (rel) => `${rel('incident_report')} i`,
  day: 'i.occurred_on',
  layouts: { LOCATION: { scope: 'i.place_country', place: 'i.place_code' } },
  totals: true,
  dimensions: { EXPLOITATION_TYPE: { value: 'i.type_of_exploitation' }, SOURCE: { value: 'i.source' } },
};
const TRUNCATED = ['survivor_route_fact', 'incident_report'];

export class AggregateRollup1767300000001 implements MigrationInterface {
  name = 'AggregateRollup1767300000001';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE survivor_route_fact
         ADD COLUMN gender text,
         ADD COLUMN age_when_trafficked smallint,
         ADD COLUMN types_of_exploitation text[] NOT NULL DEFAULT '{}',
         ADD COLUMN methods_of_recruitment text[] NOT NULL DEFAULT '{}',
         ADD COLUMN methods_of_control text[] NOT NULL DEFAULT '{}',
         ADD COLUMN citizenships text[] NOT NULL DEFAULT '{}'`,
      // The same placement rules as refresh_survivor_route_fact(uuid), for many survivors at once.
      `CREATE FUNCTION refresh_survivor_route_facts(sids uuid[]) RETURNS void LANGUAGE sql AS $$
         DELETE FROM survivor_route_fact WHERE survivor_id = ANY (sids);
         INSERT INTO survivor_route_fact (survivor_id, place_code, place_country, located_on, origin_country, ${BREAKDOWN_COLUMNS.join(', ')})
         SELECT s.id, l.place_code, l.place_country, l.sorted_on, CASE WHEN o.id IS NULL OR o.id = l.id THEN 'UNKNOWN' ELSE o.place_country END, ${breakdownValues('s')}
           FROM survivor s CROSS JOIN LATERAL (${LOCATED}) l LEFT JOIN LATERAL (${ORIGIN}) o ON true
          WHERE s.id = ANY (sids);
       $$`,
      'DROP TRIGGER trafficking_event_route_fact ON trafficking_event',
      ...(['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((event) => {
        const touched = [event !== 'INSERT' ? 'SELECT survivor_id FROM old_rows' : '', event !== 'DELETE' ? 'SELECT survivor_id FROM new_rows' : '']
          .filter(Boolean)
          .join(' UNION ');
        const referencing = [event !== 'INSERT' ? 'OLD TABLE AS old_rows' : '', event !== 'DELETE' ? 'NEW TABLE AS new_rows' : ''].join(' ');
        const name = `trafficking_event_route_facts_${event.toLowerCase()}`;
        return [
          `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM refresh_survivor_route_facts(ARRAY(${touched})); RETURN NULL; END $$`,
          `CREATE TRIGGER ${name} AFTER ${event} ON trafficking_event REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
        ];
      }),
      `CREATE FUNCTION trafficking_event_route_facts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN DELETE FROM survivor_route_fact; RETURN NULL; END $$`,
      `CREATE TRIGGER trafficking_event_route_facts_truncate AFTER TRUNCATE ON trafficking_event FOR EACH STATEMENT EXECUTE FUNCTION trafficking_event_route_facts_truncate()`,
      // A survivor's breakdown fields changed: her fact follows (and its trigger, the rollup).
      `CREATE FUNCTION survivor_route_fact_breakdown() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         UPDATE survivor_route_fact f SET (${BREAKDOWN_COLUMNS.join(', ')}) = (${breakdownValues('s')})
           FROM new_rows s
          WHERE f.survivor_id = s.id AND (${BREAKDOWN_COLUMNS.map((column) => `f.${column}`).join(', ')}) IS DISTINCT FROM (${breakdownValues('s')});
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER survivor_route_fact_breakdown AFTER UPDATE ON survivor REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survivor_route_fact_breakdown()`,
      // Facts recorded before this migration gain their breakdown fields (before the rollup counts them).
      'SELECT refresh_survivor_route_facts(ARRAY(SELECT id FROM survivor))',
      ...ROLLUP_TABLE_DDL,
      ...rollupRebuildSql([SURVIVORS, INCIDENTS], TRUNCATED),
      ...rollupTriggersSql('survivor_route_fact', [SURVIVORS]),
      ...rollupTriggersSql('incident_report', [INCIDENTS]),
      'SELECT aggregate_rollup_rebuild()',
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const statements = [
      ...dropRollupTriggersSql('incident_report'),
      ...dropRollupTriggersSql('survivor_route_fact'),
      ...dropRollupSql(TRUNCATED),
      'DROP TRIGGER survivor_route_fact_breakdown ON survivor',
      'DROP FUNCTION survivor_route_fact_breakdown()',
      'DROP TRIGGER trafficking_event_route_facts_truncate ON trafficking_event',
      'DROP FUNCTION trafficking_event_route_facts_truncate()',
      ...['insert', 'update', 'delete'].flatMap((event) => [
        `DROP TRIGGER trafficking_event_route_facts_${event} ON trafficking_event`,
        `DROP FUNCTION trafficking_event_route_facts_${event}()`,
      ]),
      `CREATE TRIGGER trafficking_event_route_fact AFTER INSERT OR UPDATE OR DELETE ON trafficking_event
         FOR EACH ROW EXECUTE FUNCTION trafficking_event_route_fact()`,
      'DROP FUNCTION refresh_survivor_route_facts(uuid[])',
      `ALTER TABLE survivor_route_fact DROP COLUMN ${BREAKDOWN_COLUMNS.join(', DROP COLUMN ')}`,
    ];
    for (const statement of statements) await runner.query(statement);
  }
}
