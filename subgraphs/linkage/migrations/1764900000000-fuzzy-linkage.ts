import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fuzzy linking with evidence. Each record keeps its hardened encoding and keyed blocking keys
 * (binary and 48-bit integers: nothing a name, date or number can be read back from without the
 * owners' secret); each link between two records keeps why it holds; relationship keys (shared
 * address, case, account) feed the network and never merge people.
 */
export class FuzzyLinkage1764900000000 implements MigrationInterface {
  name = 'FuzzyLinkage1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE linked_record
        ADD COLUMN encoding bytea,
        ADD COLUMN blocking_keys bigint[] NOT NULL DEFAULT '{}',
        ADD COLUMN identity_keys bigint[] NOT NULL DEFAULT '{}'`);
    await runner.query(`
      CREATE TABLE record_link (
        record_a uuid NOT NULL REFERENCES linked_record (id) ON DELETE CASCADE,
        record_b uuid NOT NULL REFERENCES linked_record (id) ON DELETE CASCADE,
        -- Exact key kinds the two records share; empty when only the encodings matched.
        matched_on text[] NOT NULL,
        -- Dice coefficient of the two encodings when it reached the threshold; else null.
        score real,
        PRIMARY KEY (record_a, record_b),
        CHECK (record_a < record_b),
        CHECK (cardinality(matched_on) > 0 OR score IS NOT NULL)
      )`);
    await runner.query('CREATE INDEX record_link_b ON record_link (record_b)');
    await runner.query(`
      CREATE TABLE relationship_key (
        linked_record_id uuid NOT NULL REFERENCES linked_record (id) ON DELETE CASCADE,
        kind text NOT NULL,
        value char(64) NOT NULL,
        PRIMARY KEY (linked_record_id, kind, value)
      )`);
    await runner.query('CREATE INDEX relationship_key_lookup ON relationship_key (kind, value)');
    // Links that exact keys already made before this migration, with their evidence.
    await runner.query(`
      INSERT INTO record_link (record_a, record_b, matched_on)
      SELECT least(a.linked_record_id, b.linked_record_id), greatest(a.linked_record_id, b.linked_record_id),
             array_agg(DISTINCT a.kind ORDER BY a.kind)
        FROM linkage_key a JOIN linkage_key b ON a.kind = b.kind AND a.value = b.value AND a.linked_record_id < b.linked_record_id
       GROUP BY 1, 2`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE relationship_key');
    await runner.query('DROP TABLE record_link');
    await runner.query('ALTER TABLE linked_record DROP COLUMN encoding, DROP COLUMN blocking_keys, DROP COLUMN identity_keys');
  }
}
