import type { EntityManager } from 'typeorm';

/**
 * The accounts each customer holds now, one query for a whole batch: what a customer's
 * publication carries as ACCOUNT keys. Ids are sorted, so an unchanged holding publishes the
 * same keys in the same order. A customer holding nothing is absent from the map.
 */
export async function heldAccountIds(manager: EntityManager, holderIds: readonly string[]): Promise<Map<string, string[]>> {
  if (holderIds.length === 0) return new Map();
  const rows: Array<{ holder_id: string; account_ids: string[] }> = await manager.query(
    `SELECT account_holder_id AS holder_id, array_agg(account_id::text ORDER BY account_id) AS account_ids
       FROM account_holding WHERE account_holder_id = ANY($1::uuid[]) GROUP BY account_holder_id`,
    [holderIds],
  );
  return new Map(rows.map((row) => [row.holder_id, row.account_ids]));
}
