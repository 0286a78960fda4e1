import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Europol SIENA handling codes on person records (see shared/policy/handling-code-rules.ts for
 * what each code lets another agency see). A record belongs to a case, and when cases arrive the
 * code may move there; until then each record carries its own.
 */
export class HandlingCodes1765000000000 implements MigrationInterface {
  name = 'HandlingCodes1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TYPE handling_code AS ENUM ('H0', 'H1', 'H2', 'H3')`);
    // Records written before codes existed were never released by their owner for onward use:
    // H2 keeps their content with the owning agency until it codes them itself. The default is
    // dropped at once, so every new record states its code.
    await runner.query(`ALTER TABLE person_record ADD COLUMN handling_code handling_code NOT NULL DEFAULT 'H2'`);
    await runner.query('ALTER TABLE person_record ALTER COLUMN handling_code DROP DEFAULT');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE person_record DROP COLUMN handling_code');
    await runner.query('DROP TYPE handling_code');
  }
}
