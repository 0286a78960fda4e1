import { createHash } from 'node:crypto';
import type pg from 'pg';
import { GENESIS_HASH } from './audit-event.migration.js';

/** Events read per round trip: memory stays constant whatever the size of the log. */
export const DEFAULT_VERIFY_BATCH = 1_000;

export type ChainProblem =
  /** The event's stored hash is not the hash of its content: it was edited. */
  | 'HASH_MISMATCH'
  /** The event does not point at the one before it: events between them were deleted, or reordered. */
  | 'PREV_HASH_MISMATCH';

export type ChainVerdict =
  | { readonly intact: true; readonly events: number; readonly head: { readonly id: string; readonly hash: string } | null }
  | {
      readonly intact: false;
      /** Events checked, the broken one included. */
      readonly events: number;
      readonly broken: { readonly id: string; readonly problem: ChainProblem; readonly explanation: string };
    };

export class AuditLogMissingError extends Error {
  constructor() {
    super('This database has no audit log (table audit_event): is it a Beacon subgraph database, with its migrations applied?');
    this.name = 'AuditLogMissingError';
  }
}

interface ChainRow {
  id: string;
  prev_hash: string;
  hash: string;
  payload: string;
}

/*
 * Keyset pagination rather than OFFSET (constant cost per batch) or one long cursor transaction
 * (which would hold a snapshot, and so vacuum, for as long as a large log takes). Ids are assigned
 * under the chain lock, so an event never becomes visible before one with a smaller id.
 */
const BATCH_SQL = `
  SELECT e.id::text AS id, e.prev_hash, e.hash, audit_event_payload(e) AS payload
  FROM audit_event e
  WHERE e.id > $1
  ORDER BY e.id
  LIMIT $2`;

/**
 * Walks a subgraph's audit log in id order and recomputes its hash chain: each event's hash must
 * be sha256(prev_hash || audit_event_payload(event)), and each prev_hash the hash of the event
 * before it (the genesis hash for the first). Stops at the first event that does not fit.
 *
 * A chain kept in the same database proves that no event was edited, removed or moved *within*
 * the log; events cut from its end, or a log rewritten wholesale, can only be caught against a
 * head recorded elsewhere, which is why the verdict reports the head.
 */
export async function verifyAuditChain(client: pg.ClientBase, batchSize = DEFAULT_VERIFY_BATCH): Promise<ChainVerdict> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}.`);
  const [present] = (await client.query(`SELECT to_regclass('audit_event') IS NOT NULL AS present`)).rows as Array<{ present: boolean }>;
  if (!present?.present) throw new AuditLogMissingError();

  let events = 0;
  let previous: { id: string; hash: string } | null = null;
  let lastId = '0';
  for (;;) {
    const { rows } = await client.query<ChainRow>(BATCH_SQL, [lastId, batchSize]);
    for (const row of rows) {
      events += 1;
      const problem = checkEvent(row, previous);
      if (problem) return { intact: false, events, broken: { id: row.id, ...problem } };
      previous = { id: row.id, hash: row.hash };
    }
    if (rows.length < batchSize) return { intact: true, events, head: previous };
    lastId = (rows.at(-1) as ChainRow).id;
  }
}

function checkEvent(
  row: ChainRow,
  previous: { id: string; hash: string } | null,
): { problem: ChainProblem; explanation: string } | undefined {
  const recomputed = createHash('sha256').update(row.prev_hash + row.payload, 'utf8').digest('hex');
  if (recomputed !== row.hash) {
    return { problem: 'HASH_MISMATCH', explanation: 'its content does not match its hash: the event was edited after it was written' };
  }
  const expected = previous?.hash ?? GENESIS_HASH;
  if (row.prev_hash !== expected) {
    return {
      problem: 'PREV_HASH_MISMATCH',
      explanation: previous
        ? `its prev_hash is not the hash of the event before it (id ${previous.id}): events between them were deleted, or events were reordered`
        : 'it is the first event but does not start the chain: the events before it were deleted',
    };
  }
  return undefined;
}
