import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases become records of their own, person records belong to one, and journey legs arrive.
 *
 * Existing person records keep every datum: each (agency, case reference) becomes a case, and the
 * record's name moves into `names` as its PRIMARY name. The handling code moves to the case; where
 * one case's records carried different codes the case takes the strictest (max in H0 < … < H3),
 * so no record becomes visible to anyone who could not see it before. What an agency never stated
 * for such legacy cases is filled with the grading that says so: source X and accuracy 4 ("cannot
 * be assessed/judged"), jurisdiction unknown (null). Their retention date is ten years from the
 * oldest record: a date the owner should review, not one that erases anything soon.
 *
 * `created_at` columns are millisecond-precise so that a list cursor (a JS Date) names a row exactly.
 */
export class CasesAndJourneys1766100000000 implements MigrationInterface {
  name = 'CasesAndJourneys1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TYPE case_status AS ENUM ('OPEN', 'SUSPENDED', 'CLOSED', 'ARCHIVED')`,
      `CREATE TYPE exploitation_type AS ENUM ('ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage',
        'Servitude', 'ForcedMilitaryByNonStateActors', 'OrganRemoval', 'ForcedBegging', 'ForcedAdoption', 'Surrogacy', 'Other')`,
      `CREATE TYPE source_reliability AS ENUM ('A', 'B', 'C', 'X')`,
      `CREATE TYPE information_accuracy AS ENUM ('1', '2', '3', '4')`,
      `CREATE TYPE perpetrator_role AS ENUM ('TravellingPartner', 'Transporter', 'RecruiterOrIntermediary', 'BrokerTravelAgent',
        'TransferredIndividual', 'HarbouredIndividual', 'SoldIndividual', 'BoughtIndividual', 'ReceivedIndividual',
        'ControlledIndividual', 'Smuggler', 'Abuser', 'Kidnapper', 'Exploiter', 'Other')`,
      `CREATE TYPE journey_leg_mode AS ENUM ('ROAD', 'RAIL', 'AIR', 'SEA', 'FOOT', 'OTHER')`,
      `CREATE TABLE law_enforcement_case (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         reference text NOT NULL,
         owner_org text NOT NULL,
         status case_status NOT NULL,
         jurisdiction text,
         opened_on date NOT NULL,
         closed_on date,
         types_of_exploitation exploitation_type[] NOT NULL DEFAULT '{}',
         handling_code handling_code NOT NULL,
         source_reliability source_reliability NOT NULL,
         information_accuracy information_accuracy NOT NULL,
         retention_until date NOT NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         CONSTRAINT law_enforcement_case_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on)
       )`,
      `CREATE UNIQUE INDEX law_enforcement_case_owner_reference ON law_enforcement_case (owner_org, reference)`,
      // Keyset pages of an agency's cases, unfiltered and by each filter the API offers.
      `CREATE INDEX law_enforcement_case_owner_page ON law_enforcement_case (owner_org, created_at, id)`,
      `CREATE INDEX law_enforcement_case_owner_status ON law_enforcement_case (owner_org, status, created_at, id)`,
      `CREATE INDEX law_enforcement_case_owner_jurisdiction ON law_enforcement_case (owner_org, jurisdiction, created_at, id)`,
      `CREATE INDEX law_enforcement_case_exploitation ON law_enforcement_case USING gin (types_of_exploitation)`,
      `CREATE INDEX law_enforcement_case_retention ON law_enforcement_case (retention_until)`,

      `INSERT INTO law_enforcement_case
         (reference, owner_org, status, opened_on, handling_code, source_reliability, information_accuracy, retention_until)
       SELECT case_reference, owner_org, 'OPEN', min(created_at)::date, max(handling_code), 'X', '4',
              (min(created_at) + interval '10 years')::date
       FROM person_record GROUP BY owner_org, case_reference`,
      `ALTER TABLE person_record ADD COLUMN case_id uuid REFERENCES law_enforcement_case (id) ON DELETE CASCADE`,
      `UPDATE person_record p SET case_id = c.id FROM law_enforcement_case c
       WHERE c.owner_org = p.owner_org AND c.reference = p.case_reference`,
      `ALTER TABLE person_record ALTER COLUMN case_id SET NOT NULL`,
      `ALTER TABLE person_record ADD COLUMN names jsonb NOT NULL DEFAULT '[]'`,
      `UPDATE person_record SET names = jsonb_build_array(jsonb_build_object('given', given_name, 'family', family_name, 'kind', 'PRIMARY'))
       WHERE given_name IS NOT NULL OR family_name IS NOT NULL`,
      `DROP INDEX person_record_owner_case`,
      `ALTER TABLE person_record DROP COLUMN given_name, DROP COLUMN family_name, DROP COLUMN case_reference, DROP COLUMN handling_code`,
      `ALTER TABLE person_record
         ADD COLUMN perpetrator_roles perpetrator_role[] NOT NULL DEFAULT '{}',
         ADD COLUMN emails text[] NOT NULL DEFAULT '{}',
         ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]',
         ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now(),
         ALTER COLUMN created_at TYPE timestamptz(3)`,
      // Source ids are the source system's, so unique per agency, not across agencies.
      `ALTER TABLE person_record DROP CONSTRAINT person_record_source_record_id_key`,
      `CREATE UNIQUE INDEX person_record_owner_source ON person_record (owner_org, source_record_id)`,
      `CREATE INDEX person_record_owner_page ON person_record (owner_org, created_at, id)`,
      `CREATE INDEX person_record_owner_category ON person_record (owner_org, category, created_at, id)`,
      `CREATE INDEX person_record_case ON person_record (case_id, created_at, id)`,

      `CREATE TABLE journey_leg (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         case_id uuid NOT NULL REFERENCES law_enforcement_case (id) ON DELETE CASCADE,
         person_record_id uuid REFERENCES person_record (id) ON DELETE CASCADE,
         from_code text NOT NULL,
         to_code text NOT NULL,
         travelled_on date,
         mode journey_leg_mode NOT NULL,
         border_crossing boolean NOT NULL,
         crossing_point text,
         owner_org text NOT NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX journey_leg_case ON journey_leg (case_id, created_at, id)`,
      `CREATE INDEX journey_leg_person_record ON journey_leg (person_record_id, created_at, id)`,
      `CREATE INDEX journey_leg_from ON journey_leg (from_code, created_at, id)`,
      `CREATE INDEX journey_leg_to ON journey_leg (to_code, created_at, id)`,
      `CREATE INDEX journey_leg_corridor ON journey_leg (from_code, to_code, created_at, id)`,
      // Erasing a record queues its erasure and drops its earlier publications, found by record id.
      `CREATE INDEX linkage_outbox_record ON linkage_outbox (record_id)`,
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX linkage_outbox_record`,
      `DROP TABLE journey_leg`,
      `DROP INDEX person_record_case`,
      `DROP INDEX person_record_owner_category`,
      `DROP INDEX person_record_owner_page`,
      `DROP INDEX person_record_owner_source`,
      `ALTER TABLE person_record ADD CONSTRAINT person_record_source_record_id_key UNIQUE (source_record_id)`,
      `ALTER TABLE person_record
         ADD COLUMN given_name text, ADD COLUMN family_name text, ADD COLUMN case_reference text, ADD COLUMN handling_code handling_code`,
      `UPDATE person_record p SET case_reference = c.reference, handling_code = c.handling_code,
         given_name = p.names -> 0 ->> 'given', family_name = p.names -> 0 ->> 'family'
       FROM law_enforcement_case c WHERE c.id = p.case_id`,
      `ALTER TABLE person_record ALTER COLUMN case_reference SET NOT NULL, ALTER COLUMN handling_code SET NOT NULL`,
      `CREATE INDEX person_record_owner_case ON person_record (owner_org, case_reference)`,
      `ALTER TABLE person_record DROP COLUMN case_id, DROP COLUMN names, DROP COLUMN perpetrator_roles, DROP COLUMN emails,
         DROP COLUMN addresses, DROP COLUMN updated_at, ALTER COLUMN created_at TYPE timestamptz`,
      `DROP TABLE law_enforcement_case`,
      `DROP TYPE journey_leg_mode`,
      `DROP TYPE perpetrator_role`,
      `DROP TYPE information_accuracy`,
      `DROP TYPE source_reliability`,
      `DROP TYPE exploitation_type`,
      `DROP TYPE case_status`,
    ];
    for (const statement of statements) await runner.query(statement);
  }
}
