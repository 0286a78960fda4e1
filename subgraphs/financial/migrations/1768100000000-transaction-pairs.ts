import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A customer's TRANSACTION keys (docs/linkage.md, section 8) rank the pairs of accounts of the
 * institution its accounts transacted with, and each recorded batch asks whether its pairs are
 * new. Partial indexes: only transactions between two accounts of the institution are in them —
 * usually a small share of all — so they cost nothing on cash and external payments, and every
 * pair question is an index-only range scan.
 */
export class TransactionPairs1768100000000 implements MigrationInterface {
  name = 'TransactionPairs1768100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX account_transaction_pair_from ON account_transaction (from_account_id, to_account_id)
      WHERE from_account_id IS NOT NULL AND to_account_id IS NOT NULL`);
    await runner.query(`CREATE INDEX account_transaction_pair_to ON account_transaction (to_account_id, from_account_id)
      WHERE from_account_id IS NOT NULL AND to_account_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX account_transaction_pair_to');
    await runner.query('DROP INDEX account_transaction_pair_from');
  }
}
