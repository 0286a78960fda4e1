import type { EntityManager } from 'typeorm';

/**
 * Most TRANSACTION keys a customer publishes: the pairs of (own account, counterpart account) it
 * transacted most often with. A customer's network is about the few people its money regularly
 * moves with; a payroll, rent-collecting or merchant account has thousands of counterparts, and
 * publishing them all would make every customer a neighbour of every other at depth two, grow
 * its publication (and the hub's join) without bound, and tell the hub how many counterparts it
 * has. An edge needs both sides to publish the pair, so a busy account reaches at most this many
 * people through transactions. Part of the customer's relationship-key budget with the hub (see
 * {@link MAX_PUBLISHED_ACCOUNTS}).
 */
export const MAX_TRANSACTION_COUNTERPARTS = 20;

/**
 * Most ACCOUNT keys a customer publishes: the accounts it opened most recently (by `opened_on`,
 * then by when the bank recorded them, then by id, so the choice is the same on every run). The
 * hub refuses a record with more than `MAX_RELATIONSHIP_KEYS` (64) relationship keys, and a
 * refused batch stalls the bank's outbox; with at most `MAX_IDENTIFIERS_PER_LIST` (20) addresses
 * and {@link MAX_TRANSACTION_COUNTERPARTS} pairs a customer publishes at most 60. These three
 * must stay in step with the hub's bound (`account-holder.publication.test.ts` fails if they do
 * not). The compromise: a customer holding more accounts than this is not related through its
 * older ones to their other holders. Its newest accounts are the likelier to be in use; an opening
 * date changed later re-ranks them at the customer's next publication, not at once.
 */
export const MAX_PUBLISHED_ACCOUNTS = 20;

/** One of a customer's accounts and an account of the same institution it transacted with. */
export interface TransactionPair {
  readonly own: string;
  readonly counterpart: string;
}

/** What a customer's publication says of its money: the accounts it holds and whom they paid or were paid by. */
export interface Holdings {
  /**
   * Ids of the accounts held now, at most {@link MAX_PUBLISHED_ACCOUNTS}, sorted: an unchanged
   * holding publishes the same keys in the same order.
   */
  readonly accountIds: readonly string[];
  /** The most frequent pairs, at most {@link MAX_TRANSACTION_COUNTERPARTS}, most frequent first. */
  readonly transactionPairs: readonly TransactionPair[];
}

export const NO_HOLDINGS: Holdings = { accountIds: [], transactionPairs: [] };

/**
 * Each customer's {@link Holdings}, two queries for a whole batch. A customer holding nothing is
 * absent from the map.
 */
export async function holdingsOf(manager: EntityManager, holderIds: readonly string[]): Promise<Map<string, Holdings>> {
  if (holderIds.length === 0) return new Map();
  const [accounts, pairs] = await Promise.all([heldAccountIds(manager, holderIds), transactionPairsOf(manager, holderIds)]);
  return new Map([...accounts].map(([id, accountIds]) => [id, { accountIds, transactionPairs: pairs.get(id) ?? [] }]));
}

/** The {@link MAX_PUBLISHED_ACCOUNTS} accounts each customer opened most recently, sorted by id. */
async function heldAccountIds(manager: EntityManager, holderIds: readonly string[]): Promise<Map<string, string[]>> {
  if (holderIds.length === 0) return new Map();
  const rows: Array<{ holder_id: string; account_ids: string[] }> = await manager.query(
    `WITH ranked AS (
       SELECT h.account_holder_id AS holder_id, h.account_id,
              row_number() OVER (PARTITION BY h.account_holder_id ORDER BY a.opened_on DESC NULLS LAST, a.created_at DESC, a.id DESC) AS rank
         FROM account_holding h JOIN account a ON a.id = h.account_id
        WHERE h.account_holder_id = ANY($1::uuid[])
     )
     SELECT holder_id, array_agg(account_id::text ORDER BY account_id) AS account_ids
       FROM ranked WHERE rank <= $2 GROUP BY holder_id`,
    [holderIds, MAX_PUBLISHED_ACCOUNTS],
  );
  return new Map(rows.map((row) => [row.holder_id, row.account_ids]));
}

/**
 * Each customer's most frequent transaction pairs with other accounts of the institution, both
 * directions counted together; ties go to the lower account ids, so a ranking does not move until
 * a count does. Transactions with an external counterparty (no account) or between two accounts
 * the customer both holds (a transfer to itself: anyone holding either account already shares an
 * ACCOUNT key with it) give no pair. Read through the partial pair indexes: only transactions
 * between two accounts of the institution are in them.
 */
async function transactionPairsOf(manager: EntityManager, holderIds: readonly string[]): Promise<Map<string, TransactionPair[]>> {
  if (holderIds.length === 0) return new Map();
  const rows: Array<{ holder_id: string; own: string; counterpart: string }> = await manager.query(
    `WITH held AS (
       SELECT account_holder_id AS holder_id, account_id FROM account_holding WHERE account_holder_id = ANY($1::uuid[])
     ), sides AS (
       SELECT h.holder_id, h.account_id AS own, t.to_account_id AS counterpart, count(*) AS n
         FROM held h JOIN account_transaction t ON t.from_account_id = h.account_id AND t.to_account_id IS NOT NULL
        GROUP BY 1, 2, 3
       UNION ALL
       SELECT h.holder_id, h.account_id, t.from_account_id, count(*)
         FROM held h JOIN account_transaction t ON t.to_account_id = h.account_id AND t.from_account_id IS NOT NULL
        GROUP BY 1, 2, 3
     ), ranked AS (
       SELECT s.holder_id, s.own, s.counterpart,
              row_number() OVER (PARTITION BY s.holder_id ORDER BY sum(s.n) DESC, s.own, s.counterpart) AS rank
         FROM sides s
        WHERE NOT EXISTS (SELECT 1 FROM held mine WHERE mine.holder_id = s.holder_id AND mine.account_id = s.counterpart)
        GROUP BY 1, 2, 3
     )
     SELECT holder_id, own::text AS own, counterpart::text AS counterpart FROM ranked WHERE rank <= $2 ORDER BY holder_id, rank`,
    [holderIds, MAX_TRANSACTION_COUNTERPARTS],
  );
  const pairs = new Map<string, TransactionPair[]>();
  for (const row of rows) {
    const list = pairs.get(row.holder_id) ?? [];
    list.push({ own: row.own, counterpart: row.counterpart });
    pairs.set(row.holder_id, list);
  }
  return pairs;
}
