import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SuspiciousActivityReports1765000000001 implements MigrationInterface {
  name = 'SuspiciousActivityReports1765000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TYPE suspicious_activity_typology AS ENUM (
        'FUNNEL_ACCOUNT', 'STRUCTURING', 'CASH_WITHOUT_PAYROLL', 'CLASSIFIED_AD_PAYMENTS', 'MANY_UNRELATED_SENDERS', 'OTHER'
      )`);
    await runner.query(`CREATE TYPE suspicious_activity_report_status AS ENUM ('FILED', 'ACKNOWLEDGED', 'CLOSED')`);
    // No ON DELETE CASCADE: a report outlives the customer relationship (record keeping runs
    // from the filing date), so erasing a holder with reports has to decide about them first.
    await runner.query(`
      CREATE TABLE suspicious_activity_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL CHECK (reference <> ''),
        account_holder_id uuid NOT NULL REFERENCES account_holder (id),
        filed_at timestamptz NOT NULL,
        typology suspicious_activity_typology NOT NULL,
        narrative text NOT NULL,
        status suspicious_activity_report_status NOT NULL,
        owner_org text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The institution's own report number: unique per institution, and what makes filing idempotent.
    await runner.query(
      'CREATE UNIQUE INDEX suspicious_activity_report_owner_reference ON suspicious_activity_report (owner_org, reference)',
    );
    // A filer's lookup by id carries its own organisation; with this index the planner finds
    // (owner, id) in one probe, so another institution's report is missed in the index exactly
    // as an id that does not exist, instead of being read through the primary key and discarded.
    await runner.query(
      'CREATE UNIQUE INDEX suspicious_activity_report_owner_id ON suspicious_activity_report (owner_org, id)',
    );
    // Serves the foreign key, a holder's list for investigators (holder), and for a filer
    // (holder, owner) — where another institution's reports must be missed in the index, never
    // read and discarded, so that a holder with reports costs what a holder without does.
    await runner.query(
      'CREATE INDEX suspicious_activity_report_holder_owner_filed ON suspicious_activity_report (account_holder_id, owner_org, filed_at DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE suspicious_activity_report');
    await runner.query('DROP TYPE suspicious_activity_report_status');
    await runner.query('DROP TYPE suspicious_activity_typology');
  }
}
