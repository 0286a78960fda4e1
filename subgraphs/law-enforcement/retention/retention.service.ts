import type { DataSource } from 'typeorm';
import type { CaseService } from '../case/case.service.js';
import { isoDay } from '../validation/invalid-fields.js';

/** Cases erased per transaction: a long backlog is purged in bounded steps, not one huge lock. */
export const PURGE_BATCH = 500;

/**
 * Erases what has outlived its retention date: a case whose `retentionUntil` is before `now`'s
 * day (UTC), with every person record and journey leg on it, and the linkage publications of
 * those records (each replaced by an `erased` one, so the hub forgets them too).
 */
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseService,
  ) {}

  /** Resolves to the number of cases erased. */
  async purgeExpired(now: Date): Promise<number> {
    const today = isoDay(now);
    let purged = 0;
    for (;;) {
      const erased = await this.dataSource.transaction(async (manager) => {
        // SKIP LOCKED: a case being edited right now is left for the next run rather than waited on.
        const rows: Array<{ id: string }> = await manager.query(
          'SELECT id FROM law_enforcement_case WHERE retention_until < $1 ORDER BY retention_until LIMIT $2 FOR UPDATE SKIP LOCKED',
          [today, PURGE_BATCH],
        );
        return this.cases.eraseCases(manager, rows.map((row) => row.id));
      });
      purged += erased;
      if (erased < PURGE_BATCH) return purged;
    }
  }
}
