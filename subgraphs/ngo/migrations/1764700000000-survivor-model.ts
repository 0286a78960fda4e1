import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * HTCDS 2.0 value lists as they stood when this migration was written. Literal, not the code's
 * enums: a migration is history and must not change with them. The service validates first and
 * names every bad field; these CHECKs are the last line if anything writes around it.
 */
const EXPLOITATION_TYPES = `
      'FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'CHILD_LABOUR', 'FORCED_MARRIAGE', 'SERVITUDE',
      'FORCED_MILITARY_BY_NON_STATE_ACTORS', 'ORGAN_REMOVAL', 'FORCED_BEGGING', 'FORCED_ADOPTION',
      'SURROGACY', 'OTHER'`;
const SEX_EXPLOITATION_TYPES = `
      'PROSTITUTION', 'PORNOGRAPHY', 'REMOTE_INTERACTIVE_SERVICES', 'PRIVATE_SEXUAL_SERVICES'`;
const ISIC_SECTIONS = `
      'A_AGRICULTURE_FORESTRY_AND_FISHING', 'B_MINING_AND_QUARRYING', 'C_MANUFACTURING',
      'D_ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY',
      'E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT', 'F_CONSTRUCTION',
      'G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES', 'H_TRANSPORTATION_AND_STORAGE',
      'I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES', 'J_INFORMATION_AND_COMMUNICATION',
      'K_FINANCIAL_AND_INSURANCE_ACTIVITIES', 'L_REAL_ESTATE_ACTIVITIES',
      'M_PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES',
      'N_ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES', 'O_PUBLIC_ADMINISTRATION_AND_DEFENCE',
      'P_EDUCATION', 'Q_HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES',
      'R_ARTS_ENTERTAINMENT_AND_RECREATION', 'S_OTHER_SERVICE_ACTIVITIES',
      'T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS', 'U_ACTIVITIES_OF_EXTRATERRITORIAL_ORGANIZATIONS'`;
const METHODS_OF_CONTROL = `
      'PHYSICAL_THREATS', 'THREATS_LAW_ENFORCEMENT', 'THREATENS_CHILDREN_FAMILY', 'DEBT_BONDAGE',
      'FALSE_PROMISES', 'PHYSICAL_ABUSE', 'SEXUAL_ABUSE', 'TAKES_EARNINGS',
      'RESTRICTS_FINANCIAL_ACCESS', 'RESTRICTS_MEDICAL_CARE', 'WITHHOLDS_NECESSITIES',
      'PSYCHOLOGICAL_ABUSE', 'PSYCHOACTIVE_SUBSTANCE', 'EXCESSIVE_WORKING_HOURS',
      'WITHHOLDS_DOCUMENTS', 'OTHER'`;
const METHODS_OF_RECRUITMENT = `
      'AT_A_PLACE_OF_BUSINESS', 'AT_AN_EDUCATIONAL_INSTITUTION', 'AT_WORK',
      'THROUGH_ONLINE_SOCIAL_NETWORKS', 'THROUGH_AN_ONLINE_ADVERTISEMENT',
      'THROUGH_A_TELEVISION_ADVERT', 'THROUGH_A_NEWSPAPER_ADVERT', 'THROUGH_FAMILY_OR_FAMILY_EVENTS',
      'THROUGH_FRIENDS_OR_SOCIAL_EVENTS', 'OTHER'`;
const RELATIONSHIPS = `
      'FAMILIAL', 'ACQUAINTED', 'UNACQUAINTED'`;
const TRAFFICKING_STATUSES = `
      'POSSIBLE_VICTIM_OF_TRAFFICKING', 'ACTUAL_VICTIM_OF_TRAFFICKING',
      'NOT_A_VICTIM_OF_TRAFFICKING'`;
const DECISION_MAKERS = `
      'POLICE', 'NGO', 'COURT_OR_PROSECUTION', 'NON_POLICE_GOVERNMENTAL_ORGANIZATION', 'OTHER'`;
const EVENT_STAGES = `
      'RECRUITMENT', 'TRANSIT', 'EXPLOITATION'`;
const SUPPORT_TYPES = `
      'EDUCATION', 'FINANCIAL', 'HEALTH', 'LABOUR_EXPLOITATION_REHABILITATION', 'LEGAL',
      'LIVELIHOOD', 'RIGHTS_BASED_TRAINING', 'SEXUAL_EXPLOITATION_REHABILITATION', 'SOCIAL_CARE'`;
const ORGANISATION_TYPES = `
      'NGO', 'LAW_ENFORCEMENT', 'HEALTH_SERVICE_ORGANISATION', 'CENTRAL_GOVERNMENT_ORGANISATION',
      'LOCAL_GOVERNMENT_ORGANISATION', 'IMMIGRATION_SERVICE', 'LEGAL_SERVICE', 'CORPORATE_BUSINESS',
      'SCHOOL_OR_COLLEGE'`;
const REFERRAL_REASONS = `
      'ADDITIONAL_SERVICES_REQUIRED', 'MIGRATION_OR_CHANGE_OF_LOCATION', 'OTHER'`;
const RETENTION_YEARS_AT_MIGRATION = 5;

/**
 * The survivor record per HTCDS's victim fields, her historic trafficking events (route legs),
 * referrals, non-personal incident reports and retention dates; the indexes every list and
 * filter of the API reads through.
 */
export class SurvivorModel1764700000000 implements MigrationInterface {
  name = 'SurvivorModel1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE survivor
        ADD COLUMN aliases jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN emails text[] NOT NULL DEFAULT '{}',
        ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN citizenships text[] NOT NULL DEFAULT '{}',
        ADD COLUMN age_when_trafficked smallint CHECK (age_when_trafficked BETWEEN 0 AND 120),
        ADD COLUMN types_of_exploitation text[] NOT NULL DEFAULT '{}'
          CHECK (types_of_exploitation <@ ARRAY[${EXPLOITATION_TYPES}]),
        ADD COLUMN types_of_sex_exploitation text[] NOT NULL DEFAULT '{}'
          CHECK (types_of_sex_exploitation <@ ARRAY[${SEX_EXPLOITATION_TYPES}]),
        ADD COLUMN forced_labour_industries text[] NOT NULL DEFAULT '{}'
          CHECK (forced_labour_industries <@ ARRAY[${ISIC_SECTIONS}]),
        ADD COLUMN methods_of_control text[] NOT NULL DEFAULT '{}'
          CHECK (methods_of_control <@ ARRAY[${METHODS_OF_CONTROL}]),
        ADD COLUMN methods_of_recruitment text[] NOT NULL DEFAULT '{}'
          CHECK (methods_of_recruitment <@ ARRAY[${METHODS_OF_RECRUITMENT}]),
        ADD COLUMN relationship_to_trafficker text CHECK (relationship_to_trafficker IN (${RELATIONSHIPS})),
        ADD COLUMN trafficking_status text CHECK (trafficking_status IN (${TRAFFICKING_STATUSES})),
        ADD COLUMN trafficking_status_determined_by text
          CHECK (trafficking_status_determined_by IN (${DECISION_MAKERS})),
        ADD COLUMN retention_until date,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // HTCDS records citizenship as a multi-select; the one code held so far becomes the first.
    await runner.query('UPDATE survivor SET citizenships = ARRAY[citizenship] WHERE citizenship IS NOT NULL');
    await runner.query('ALTER TABLE survivor DROP COLUMN citizenship');
    await runner.query(
      `UPDATE survivor SET retention_until = (created_at + interval '${RETENTION_YEARS_AT_MIGRATION} years')::date`,
    );
    await runner.query('ALTER TABLE survivor ALTER COLUMN retention_until SET NOT NULL');
    // Millisecond precision, as JavaScript dates hold it: a page cursor carries created_at, and a
    // cursor rounded below the stored microseconds would hand out the same survivor twice.
    await runner.query('ALTER TABLE survivor ALTER COLUMN created_at TYPE timestamptz(3)');
    // The caller's own survivors, oldest first (survivors, survivorsConnection), and with a status filter.
    await runner.query('CREATE INDEX survivor_owner_created ON survivor (owner_org, created_at, id)');
    await runner.query('CREATE INDEX survivor_owner_status ON survivor (owner_org, trafficking_status, created_at, id)');
    await runner.query('CREATE INDEX survivor_retention ON survivor (retention_until)');

    await runner.query(`
      CREATE TABLE trafficking_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survivor_id uuid NOT NULL REFERENCES survivor (id) ON DELETE CASCADE,
        owner_org text NOT NULL,
        stage text NOT NULL CHECK (stage IN (${EVENT_STAGES})),
        place_code text NOT NULL,
        -- A country's corridor includes its cities' UN/LOCODEs (MDKIV is in MD).
        place_country text NOT NULL GENERATED ALWAYS AS (left(place_code, 2)) STORED,
        occurred_on date,
        period_start date,
        period_end date,
        -- Chronological order with undated events last; the keyset of Survivor.traffickingEvents.
        sorted_on date NOT NULL GENERATED ALWAYS AS (coalesce(occurred_on, period_start, period_end, DATE 'infinity')) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (occurred_on IS NULL OR (period_start IS NULL AND period_end IS NULL)),
        CHECK (period_start IS NULL OR period_end IS NULL OR period_end >= period_start)
      )`);
    await runner.query('CREATE INDEX trafficking_event_survivor ON trafficking_event (survivor_id, sorted_on, id)');
    // Corridor.ngoSurvivors: legs at a place, by exact code or by country.
    await runner.query('CREATE INDEX trafficking_event_place ON trafficking_event (place_code, survivor_id)');
    await runner.query('CREATE INDEX trafficking_event_country ON trafficking_event (place_country, survivor_id)');

    await runner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survivor_id uuid NOT NULL REFERENCES survivor (id) ON DELETE CASCADE,
        owner_org text NOT NULL,
        organisation_name text NOT NULL,
        organisation_type text NOT NULL CHECK (organisation_type IN (${ORGANISATION_TYPES})),
        support_type text NOT NULL CHECK (support_type IN (${SUPPORT_TYPES})),
        reason text CHECK (reason IN (${REFERRAL_REASONS})),
        referred_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX referral_survivor ON referral (survivor_id, referred_on, id)');

    await runner.query(`
      CREATE TABLE incident_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_org text NOT NULL,
        source_record_id text,
        place_code text NOT NULL,
        place_country text NOT NULL GENERATED ALWAYS AS (left(place_code, 2)) STORED,
        occurred_on date NOT NULL,
        type_of_exploitation text NOT NULL CHECK (type_of_exploitation IN (${EXPLOITATION_TYPES})),
        source text NOT NULL CHECK (source IN ('HOTLINE', 'OPEN_SOURCE', 'PARTNER')),
        reliability text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'X')),
        retention_until date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Imports are idempotent by the source system's id, per owning organisation.
    await runner.query('CREATE UNIQUE INDEX incident_report_owner_source ON incident_report (owner_org, source_record_id)');
    // incidentReports and Location.ngoIncidentReports: newest first, everywhere, at a place, in a country.
    await runner.query('CREATE INDEX incident_report_recent ON incident_report (occurred_on DESC, id DESC)');
    await runner.query('CREATE INDEX incident_report_place ON incident_report (place_code, occurred_on DESC, id DESC)');
    await runner.query('CREATE INDEX incident_report_country ON incident_report (place_country, occurred_on DESC, id DESC)');
    await runner.query('CREATE INDEX incident_report_retention ON incident_report (retention_until)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE incident_report');
    await runner.query('DROP TABLE referral');
    await runner.query('DROP TABLE trafficking_event');
    await runner.query('DROP INDEX survivor_retention');
    await runner.query('DROP INDEX survivor_owner_status');
    await runner.query('DROP INDEX survivor_owner_created');
    await runner.query('ALTER TABLE survivor ALTER COLUMN created_at TYPE timestamptz');
    await runner.query('ALTER TABLE survivor ADD COLUMN citizenship text');
    await runner.query('UPDATE survivor SET citizenship = citizenships[1]');
    await runner.query(`
      ALTER TABLE survivor
        DROP COLUMN aliases, DROP COLUMN emails, DROP COLUMN addresses, DROP COLUMN citizenships,
        DROP COLUMN age_when_trafficked, DROP COLUMN types_of_exploitation, DROP COLUMN types_of_sex_exploitation,
        DROP COLUMN forced_labour_industries, DROP COLUMN methods_of_control, DROP COLUMN methods_of_recruitment,
        DROP COLUMN relationship_to_trafficker, DROP COLUMN trafficking_status,
        DROP COLUMN trafficking_status_determined_by, DROP COLUMN retention_until, DROP COLUMN updated_at`);
  }
}
