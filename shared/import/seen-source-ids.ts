import type { QueryRunner } from 'typeorm';

/**
 * The source ids an import has met, and the row each was first met on, kept in a temporary
 * table of the import's own session rather than in memory: a 1 GB file may hold millions of
 * ids, and an in-memory set would break the constant-memory promise. Postgres spills it to
 * disk; it disappears with the session.
 */
export class SeenSourceIds {
  private constructor(private readonly runner: QueryRunner) {}

  static async create(runner: QueryRunner): Promise<SeenSourceIds> {
    await runner.query(
      'CREATE TEMPORARY TABLE IF NOT EXISTS beacon_import_seen (source_id text PRIMARY KEY, row_number integer NOT NULL)',
    );
    await runner.query('TRUNCATE beacon_import_seen');
    return new SeenSourceIds(runner);
  }

  /**
   * Records a batch's ids (unique within the batch, in row order) outside any transaction, so a
   * batch rolled back later still counts as met; returns the ids met before, with their first row.
   */
  async recordBatch(ids: readonly string[], rowNumbers: readonly number[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    // The SELECT sees the table as it was before this statement's INSERT: exactly the earlier ids.
    const earlier: Array<{ source_id: string; row_number: number }> = await this.runner.query(
      `WITH batch AS (SELECT * FROM unnest($1::text[], $2::int[]) AS b(source_id, row_number)),
            inserted AS (INSERT INTO beacon_import_seen SELECT * FROM batch ON CONFLICT (source_id) DO NOTHING)
       SELECT seen.source_id, seen.row_number FROM beacon_import_seen seen JOIN batch USING (source_id)`,
      [ids, rowNumbers],
    );
    return new Map(earlier.map((row) => [row.source_id, row.row_number]));
  }

  async drop(): Promise<void> {
    await this.runner.query('DROP TABLE IF EXISTS beacon_import_seen');
  }
}
