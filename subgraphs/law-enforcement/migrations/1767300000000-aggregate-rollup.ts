import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  contributionsSql,
  dropRollupSql,
  dropRollupTriggersSql,
  rollupDeltaSql,
  rollupRebuildSql,
  ROLLUP_TABLE_DDL,
  rollupTriggerSql,
  rollupTriggersSql,
  type RollupSource,
} from '../../../shared/aggregates/rollup-sql.js';

/*
 * The law-enforcement rollup (shared/aggregates/rollup-sql.ts): cases, suspects and journey legs
 * per country (or route), month and category, H0/H1 only. At a million legs a country-year read
 * 8,000 heap pages and hashed every case for the handling code; the rollup answers it from a few
 * hundred rows.
 *
 * A suspect or a leg counts through its case (handling code, jurisdiction, date): its delta joins
 * the case as it stands. Erasing a case cascades to its children after the case row is gone, so
 * their own triggers find no case and count nothing; a BEFORE DELETE row trigger on the case
 * counts them out first, while both are still there.
 */
const DISSEMINABLE = `c.handling_code IN ('H0', 'H1')`;

/** Stored HTCDS names → the GraphQL names, as the enums stood at this migration. */
const EXPLOITATION_TYPES = ['ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage', 'Servitude', 'ForcedMilitaryByNonStateActors', 'OrganRemoval', 'ForcedBegging', 'ForcedAdoption', 'Surrogacy', 'Other'];
const PERPETRATOR_ROLES = [
  'TravellingPartner', 'Transporter', 'RecruiterOrIntermediary', 'BrokerTravelAgent', 'TransferredIndividual', 'HarbouredIndividual', 'SoldIndividual',
  'BoughtIndividual', 'ReceivedIndividual', 'ControlledIndividual', 'Smuggler', 'Abuser', 'Kidnapper', 'Exploiter', 'Other',
];
const graphqlName = (values: readonly string[], column: string) =>
  `CASE ${values.map((value) => `WHEN ${column} = '${value}' THEN '${value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}'`).join(' ')} END`;

const CASES: RollupSource = {
  measure: 'CASES',
  from: (rel) => `${rel('law_enforcement_case')} c`,
  where: DISSEMINABLE,
  day: 'c.opened_on',
  layouts: { LOCATION: { scope: 'c.jurisdiction', place: 'c.jurisdiction' } },
  totals: true,
  dimensions: { EXPLOITATION_TYPE: { unnest: 'unnest(c.types_of_exploitation::text[]) AS x(value)', value: graphqlName(EXPLOITATION_TYPES, 'x.value') } },
};
const SUSPECTS: RollupSource = {
  measure: 'SUSPECTS',
  from: (rel) => `${rel('person_record')} p JOIN ${rel('law_enforcement_case')} c ON c.id = p.case_id`,
  where: `${DISSEMINABLE} AND p.category = 'SUSPECT'`,
  day: 'c.opened_on',
  layouts: { LOCATION: { scope: 'c.jurisdiction', place: 'c.jurisdiction' } },
  totals: true,
  dimensions: { PERPETRATOR_ROLE: { unnest: 'unnest(p.perpetrator_roles::text[]) AS x(value)', value: graphqlName(PERPETRATOR_ROLES, 'x.value') } },
};
const JOURNEY_LEGS: RollupSource = {
  measure: 'JOURNEY_LEGS',
  from: (rel) => `${rel('journey_leg')} l JOIN ${rel('law_enforcement_case')} c ON c.id = l.case_id`,
  where: DISSEMINABLE,
  day: 'l.travelled_on',
  layouts: {
    LOCATION: { scope: 'left(l.to_code, 2)', place: 'l.to_code' },
    CORRIDOR: { scope: 'left(l.to_code, 2)', place: 'left(l.from_code, 2)' },
  },
  totals: true,
  dimensions: { MODE: { value: 'l.mode::text' } },
};
const TABLES = ['law_enforcement_case', 'person_record', 'journey_leg'];

export class AggregateRollup1767300000000 implements MigrationInterface {
  name = 'AggregateRollup1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    const erased = (table: string) => (table === 'law_enforcement_case' ? '(SELECT * FROM law_enforcement_case WHERE id = OLD.id)' : table);
    const statements = [
      ...ROLLUP_TABLE_DDL,
      ...rollupRebuildSql([CASES, SUSPECTS, JOURNEY_LEGS], TABLES),
      ...rollupTriggerSql('law_enforcement_case', 'INSERT', [CASES]),
      ...rollupTriggerSql('law_enforcement_case', 'UPDATE', [CASES, SUSPECTS, JOURNEY_LEGS]),
      ...rollupTriggerSql('law_enforcement_case', 'DELETE', [CASES]),
      `CREATE FUNCTION law_enforcement_case_rollup_erase() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         ${rollupDeltaSql([SUSPECTS, JOURNEY_LEGS].map((source) => ({ sign: -1 as const, sql: contributionsSql(source, erased) })))}
         RETURN OLD;
       END $$`,
      `CREATE TRIGGER law_enforcement_case_rollup_erase BEFORE DELETE ON law_enforcement_case FOR EACH ROW EXECUTE FUNCTION law_enforcement_case_rollup_erase()`,
      ...rollupTriggersSql('person_record', [SUSPECTS]),
      ...rollupTriggersSql('journey_leg', [JOURNEY_LEGS]),
      'SELECT aggregate_rollup_rebuild()',
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const statements = [
      ...dropRollupTriggersSql('journey_leg'),
      ...dropRollupTriggersSql('person_record'),
      'DROP TRIGGER law_enforcement_case_rollup_erase ON law_enforcement_case',
      'DROP FUNCTION law_enforcement_case_rollup_erase()',
      ...dropRollupTriggersSql('law_enforcement_case'),
      ...dropRollupSql(TABLES),
    ];
    for (const statement of statements) await runner.query(statement);
  }
}
