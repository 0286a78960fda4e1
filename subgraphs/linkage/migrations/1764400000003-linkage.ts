import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hub's tables hold only opaque references and keyed encodings: no column here can carry a
 * name, a date of birth or a document number.
 */
export class Linkage1764400000003 implements MigrationInterface {
  name = 'Linkage1764400000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- A merge keeps the older id and redirects the younger one here, so ids handed out stay valid.
        merged_into uuid REFERENCES person (id)
      )`);
    await runner.query(`
      CREATE TABLE linked_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sector text NOT NULL,
        owner_org text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        category text NOT NULL,
        discoverable_by text[] NOT NULL,
        person_id uuid NOT NULL REFERENCES person (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_org, record_type, record_id)
      )`);
    await runner.query('CREATE INDEX linked_record_person ON linked_record (person_id)');
    await runner.query(`
      CREATE TABLE linkage_key (
        linked_record_id uuid NOT NULL REFERENCES linked_record (id) ON DELETE CASCADE,
        kind text NOT NULL,
        value char(64) NOT NULL,
        PRIMARY KEY (linked_record_id, kind, value)
      )`);
    await runner.query('CREATE INDEX linkage_key_lookup ON linkage_key (kind, value)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE linkage_key');
    await runner.query('DROP TABLE linked_record');
    await runner.query('DROP TABLE person');
  }
}
