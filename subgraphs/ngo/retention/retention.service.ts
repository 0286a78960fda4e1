import type { DataSource } from 'typeorm';
import type { Logger } from '../../../shared/logging/index.js';
import type { SurvivorService } from '../survivor/survivor.service.js';

/** Survivors erased per transaction: a long purge neither holds one huge transaction nor loses progress. */
const PURGE_BATCH = 200;

/**
 * Removes what is past its retention date: survivors (with their consents, events and referrals,
 * and a publication telling the hub to forget them, as an erasure does) and incident reports.
 * `npx beacon retention` and the subgraph's start call it.
 */
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly survivors: SurvivorService,
    private readonly logger: Logger,
  ) {}

  /** Deletes every record whose retention date is before `now`'s date (UTC); resolves to how many. */
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    let purged = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        // SKIP LOCKED: a survivor being edited right now is purged on the next run, not waited for.
        const rows = (await manager.query(
          'SELECT id FROM survivor WHERE retention_until < $1 ORDER BY retention_until LIMIT $2 FOR UPDATE SKIP LOCKED',
          [today, PURGE_BATCH],
        )) as Array<{ id: string }>;
        for (const { id } of rows) await this.survivors.removeWithPublication(manager, id);
        return rows.length;
      });
      purged += batch;
      if (batch < PURGE_BATCH) break;
    }
    const [reports] = (await this.dataSource.query(
      'WITH gone AS (DELETE FROM incident_report WHERE retention_until < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
      [today],
    )) as Array<{ n: number }>;
    purged += reports?.n ?? 0;
    if (purged > 0) {
      this.logger.info({ purged }, 'records past their retention date removed');
      await this.survivors.deliverPublications();
    }
    return purged;
  }
}
