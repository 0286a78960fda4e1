import type { EntityManager } from 'typeorm';

/** A just-recorded transaction, as the new-pair question needs it. */
export interface RecordedTransaction {
  readonly id: string;
  readonly fromAccountId: string | null;
  readonly toAccountId: string | null;
}

/**
 * The pairs of the institution's accounts that first transacted with each other in this batch
 * (`recorded`: the transactions it inserted), each once, as [lower id, higher id]. Their holders
 * may gain a TRANSACTION key; a payment to or from an external counterparty has no pair. One
 * query, answered by the partial pair index; rows another uncommitted batch inserted are not
 * seen, so two batches may both find a pair new (and both re-publish), never neither.
 */
export async function newCounterpartPairs(manager: EntityManager, recorded: readonly RecordedTransaction[]): Promise<Array<[string, string]>> {
  const pairs = new Map<string, [string, string]>();
  for (const { fromAccountId: from, toAccountId: to } of recorded) {
    if (from === null || to === null) continue;
    const pair: [string, string] = from < to ? [from, to] : [to, from];
    pairs.set(pair.join(':'), pair);
  }
  if (pairs.size === 0) return [];
  const low = [...pairs.values()].map(([a]) => a);
  const high = [...pairs.values()].map(([, b]) => b);
  const rows: Array<{ low: string; high: string }> = await manager.query(
    `SELECT p.low::text AS low, p.high::text AS high FROM unnest($1::uuid[], $2::uuid[]) AS p(low, high)
      WHERE NOT EXISTS (
        SELECT 1 FROM account_transaction t
         WHERE ((t.from_account_id = p.low AND t.to_account_id = p.high) OR (t.from_account_id = p.high AND t.to_account_id = p.low))
           AND t.id <> ALL ($3::uuid[]))`,
    [low, high, recorded.map((transaction) => transaction.id)],
  );
  return rows.map((row) => [row.low, row.high]);
}
