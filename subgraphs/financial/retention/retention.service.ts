import type { DataSource } from 'typeorm';
import type { AccountHolderService } from '../account-holder/account-holder.service.js';

/** What `npx beacon retention` calls on this subgraph. */
export interface FinancialRetention {
  /** Deletes every record whose retention date is before `now`'s date (UTC); returns how many. */
  purgeExpired(now: Date): Promise<number>;
}

/**
 * Deletes what is past its retention date, in one transaction, in dependency order: reports,
 * then transactions, then accounts (their remaining transactions and holdings go with them),
 * then customers — whose linkage publications are removed and the hub told to forget them, as
 * for an erasure. A customer whose report is still kept stays until the report goes.
 * `retention_until` is the last day a record is kept: it goes the day after.
 */
export class RetentionService implements FinancialRetention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holders: AccountHolderService,
  ) {}

  purgeExpired(now: Date): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    return this.dataSource.transaction(async (manager) => {
      const deleted = async (sql: string): Promise<number> => {
        const [rows] = (await manager.query(sql, [today])) as [unknown[], number];
        return rows.length;
      };
      let removed = await deleted('DELETE FROM suspicious_activity_report WHERE retention_until < $1 RETURNING id');
      // An expired account's transactions go with it (the foreign key cascades); deleting them
      // here first makes them count.
      const [transactions] = (await manager.query(
        `DELETE FROM account_transaction WHERE retention_until < $1
            OR from_account_id IN (SELECT id FROM account WHERE retention_until < $1)
            OR to_account_id IN (SELECT id FROM account WHERE retention_until < $1)
         RETURNING from_account_id, to_account_id`,
        [today],
      )) as [Array<{ from_account_id: string | null; to_account_id: string | null }>, number];
      removed += transactions.length;
      // Holders of an expired account lose an ACCOUNT key; holders of either account of an expired
      // transaction between two accounts may lose a TRANSACTION key. Those that stay are re-published below.
      const paired = transactions.filter((row) => row.from_account_id !== null && row.to_account_id !== null);
      const regrouped: Array<{ id: string }> = await manager.query(
        `SELECT DISTINCT account_holder_id AS id FROM account_holding
          WHERE account_id IN (SELECT id FROM account WHERE retention_until < $1) OR account_id = ANY($2::uuid[])`,
        [today, [...new Set(paired.flatMap((row) => [row.from_account_id as string, row.to_account_id as string]))]],
      );
      removed += await deleted('DELETE FROM account WHERE retention_until < $1 RETURNING id');
      const expired: Array<{ id: string }> = await manager.query(
        `SELECT h.id FROM account_holder h WHERE h.retention_until < $1
            AND NOT EXISTS (SELECT 1 FROM suspicious_activity_report r WHERE r.account_holder_id = h.id)
          FOR UPDATE`,
        [today],
      );
      await this.holders.removeIn(manager, expired.map((row) => row.id));
      await this.holders.republishIn(manager, regrouped.map((row) => row.id));
      return removed + expired.length;
    });
  }
}
