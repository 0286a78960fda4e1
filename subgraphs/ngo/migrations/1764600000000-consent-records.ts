import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent records replace the `shared_with_sectors` flag list.
 *
 * The flag let a sector see a survivor's non-identifying attributes for any purpose. Each flagged
 * sector becomes two open-ended consents: `analysis`, and the purpose that sector declares every
 * day (police `investigation`, banks `aml-compliance`, NGOs `victim-support`; the hub's is
 * `analysis`). Those are every purpose the sector's members hold today, so no caller loses or
 * gains access through the migration; a caseworker narrows them afterwards.
 *
 * Literal lists, not the code's constants: a migration is history and must not change with them.
 */
export class ConsentRecords1764600000000 implements MigrationInterface {
  name = 'ConsentRecords1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survivor_id uuid NOT NULL REFERENCES survivor (id) ON DELETE CASCADE,
        sector text NOT NULL CHECK (sector IN ('LAW_ENFORCEMENT', 'NGO', 'FINANCIAL', 'HUB')),
        -- No CHECK: the purpose vocabulary grows with the federation; the service validates it.
        purpose text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        valid_until timestamptz,
        withdrawn_at timestamptz,
        recorded_by text NOT NULL,
        owner_org text NOT NULL
      )`);
    await runner.query('CREATE INDEX consent_survivor ON consent (survivor_id)');
    // The expiry sweep's scan: only consents that can still lapse.
    await runner.query(
      'CREATE INDEX consent_expiring ON consent (valid_until) WHERE withdrawn_at IS NULL AND valid_until IS NOT NULL',
    );
    await runner.query(`
      INSERT INTO consent (survivor_id, sector, purpose, granted_at, recorded_by, owner_org)
      SELECT DISTINCT s.id, shared.sector, purpose.name, s.created_at, 'migration:${this.name}', s.owner_org
        FROM survivor s
        CROSS JOIN LATERAL unnest(s.shared_with_sectors) AS shared (sector)
        CROSS JOIN LATERAL (VALUES
          ('analysis'),
          (CASE shared.sector
             WHEN 'LAW_ENFORCEMENT' THEN 'investigation'
             WHEN 'FINANCIAL' THEN 'aml-compliance'
             WHEN 'NGO' THEN 'victim-support'
             ELSE 'analysis'
           END)) AS purpose (name)
       WHERE shared.sector IN ('LAW_ENFORCEMENT', 'NGO', 'FINANCIAL', 'HUB')`);
    // What the hub was last told each survivor is discoverable by (sorted), so a lapsed consent
    // can be told from one already re-published. Every existing row was published with NGO plus
    // its flags, in the transaction that registered it.
    await runner.query('ALTER TABLE survivor ADD COLUMN published_discoverable_by text[]');
    await runner.query(`
      UPDATE survivor SET published_discoverable_by = ARRAY(
        SELECT DISTINCT sector FROM unnest(ARRAY['NGO'] || shared_with_sectors) AS sector
         WHERE sector IN ('LAW_ENFORCEMENT', 'NGO', 'FINANCIAL', 'HUB')
         ORDER BY sector)`);
    await runner.query('ALTER TABLE survivor DROP COLUMN shared_with_sectors');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE survivor ADD COLUMN shared_with_sectors text[] NOT NULL DEFAULT '{}'`);
    // Purposes cannot be expressed by flags: any consent in force, whatever its purpose, becomes one.
    await runner.query(`
      UPDATE survivor s SET shared_with_sectors = ARRAY(
        SELECT DISTINCT c.sector FROM consent c
         WHERE c.survivor_id = s.id AND c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until > now())
         ORDER BY c.sector)`);
    await runner.query('ALTER TABLE survivor DROP COLUMN published_discoverable_by');
    await runner.query('DROP TABLE consent');
  }
}
