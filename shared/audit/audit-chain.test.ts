import { createHash } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { closeDataSource, openDataSource } from '../database/index.js';
import type { AuditEventInput } from './audit-event.js';
import { GENESIS_HASH } from './audit-event.migration.js';
import { AuditLog } from './audit-log.js';
import { AuditWriter } from './audit-writer.js';
import { AuditLogMissingError, verifyAuditChain } from './chain-verifier.js';

let databases: IsolatedDatabases;
let dataSource: DataSource;
let log: AuditLog;
/** A superuser session: what an attacker with the database's keys can do. */
let attacker: pg.Client;

function event(n: number, overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    requestId: `req-${String(n).padStart(8, '0')}`,
    actor: { sub: 'demo:ngo-caseworker', org: 'safe-passage', sector: 'NGO', roles: ['caseworker'] },
    purpose: 'victim-support',
    justification: null,
    operationHash: createHash('sha256').update(`{ survivor${n} }`).digest('hex'),
    kind: 'DISCLOSURE',
    recordType: 'Survivor',
    recordIds: [`survivor-${n}`],
    recordOwnerOrg: 'safe-passage',
    fields: ['givenName', 'familyName'],
    outcome: 'ALLOWED',
    errorCode: null,
    ...overrides,
  };
}

async function appendEvents(count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) await log.append([event(n)]);
}

/** Runs statements with the audit triggers switched off, as only a superuser can. */
async function bypassingTriggers(...statements: string[]): Promise<void> {
  await attacker.query('SET session_replication_role = replica');
  try {
    for (const statement of statements) await attacker.query(statement);
  } finally {
    await attacker.query('SET session_replication_role = origin');
  }
}

async function verify(batchSize?: number) {
  return verifyAuditChain(attacker, batchSize);
}

beforeAll(async () => {
  databases = await isolatedDatabases(['audit_chain', 'no_audit']);
  // No migrations of its own: createDataSource adds the audit log's to every service database.
  dataSource = await openDataSource({ url: databases.urls.audit_chain as string, entities: [], migrations: [] });
  log = new AuditLog(dataSource);
  attacker = new pg.Client({ connectionString: databases.urls.audit_chain });
  await attacker.connect();
});

afterAll(async () => {
  await attacker?.end();
  if (dataSource) await closeDataSource(dataSource);
  await databases?.drop();
});

beforeEach(async () => {
  await bypassingTriggers('TRUNCATE audit_event', 'ALTER SEQUENCE audit_event_id_seq RESTART');
});

describe('the audit log as written', () => {
  it('chains each event to the one before it, from a genesis hash of 64 zeros, with hashes the verifier can recompute', async () => {
    await appendEvents(3);
    const { rows } = await attacker.query('SELECT id::int AS id, prev_hash, hash, audit_event_payload(e) AS payload FROM audit_event e ORDER BY id');
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    for (const [i, row] of rows.entries()) {
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1].hash);
      expect(row.hash).toBe(createHash('sha256').update(row.prev_hash + row.payload).digest('hex'));
    }
    expect(await verify()).toEqual({ intact: true, events: 3, head: { id: '3', hash: rows[2].hash } });
  });

  it('keeps the chain whole when many requests append at once (ids follow the chain)', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, n) => log.append([event(n), event(n + 100), event(n + 200)])));
    expect(await verify()).toMatchObject({ intact: true, events: 120 });
  });

  it('keeps the chain whole, and each request\'s events together, when the writer gathers concurrent requests', async () => {
    const writer = new AuditWriter(log);
    await Promise.all(Array.from({ length: 40 }, (_, n) => writer.append([event(n), event(n), event(n)])));
    expect(await verify()).toMatchObject({ intact: true, events: 120 });
    const { rows } = await attacker.query('SELECT request_id, array_agg(id::int ORDER BY id) AS ids FROM audit_event GROUP BY request_id');
    expect(rows).toHaveLength(40);
    for (const { ids } of rows) expect(ids).toEqual([ids[0], ids[0] + 1, ids[0] + 2]);
  });

  it('writes one request\'s events in one statement: consecutive ids, one timestamp, the request\'s order', async () => {
    await log.append([event(1), event(2, { kind: 'DENIAL', outcome: 'DENIED', errorCode: 'FORBIDDEN' }), event(3)]);
    const { rows } = await attacker.query('SELECT id::int AS id, occurred_at, request_id, kind FROM audit_event ORDER BY id');
    expect(rows.map((row) => [row.id, row.request_id, row.kind])).toEqual([
      [1, 'req-00000001', 'DISCLOSURE'],
      [2, 'req-00000002', 'DENIAL'],
      [3, 'req-00000003', 'DISCLOSURE'],
    ]);
    expect(new Set(rows.map((row) => row.occurred_at.toISOString())).size).toBe(1);
  });

  it('numbers, dates and chains each event itself, whatever the INSERT supplies', async () => {
    await appendEvents(1);
    await attacker.query(`
      INSERT INTO audit_event (id, occurred_at, request_id, actor_sub, actor_org, actor_sector, kind, outcome, prev_hash, hash)
      VALUES (999, '2001-01-01', 'req-forged', 'x', 'y', 'NGO', 'WRITE', 'ALLOWED', 'forged', 'forged')`);
    const { rows } = await attacker.query(`SELECT id::int AS id, occurred_at, prev_hash, hash FROM audit_event WHERE request_id = 'req-forged'`);
    expect(rows[0].id).toBe(2);
    expect(rows[0].occurred_at.getUTCFullYear()).toBeGreaterThan(2001);
    expect(rows[0].hash).not.toBe('forged');
    expect(await verify()).toMatchObject({ intact: true, events: 2 });
  });

  it('stores field names, never values, even for odd text (a NUL in a claim does not break the write)', async () => {
    await log.append([event(1, { actor: { sub: 'evil\u0000sub', org: 'safe-passage', sector: 'NGO', roles: [] } })]);
    const { rows } = await attacker.query('SELECT actor_sub FROM audit_event');
    expect(rows[0].actor_sub).toBe('evilsub');
  });

  it('streams the log in batches: a chain longer than one batch verifies the same', async () => {
    await appendEvents(10);
    expect(await verify(3)).toMatchObject({ intact: true, events: 10, head: { id: '10' } });
    expect(await verify(10)).toMatchObject({ intact: true, events: 10 });
  });

  it('reports an empty log as intact with no head', async () => {
    expect(await verify()).toEqual({ intact: true, events: 0, head: null });
  });
});

describe('append-only', () => {
  beforeEach(() => appendEvents(3));

  it.each([
    ['UPDATE', `UPDATE audit_event SET fields = '{}' WHERE id = 2`],
    ['DELETE', 'DELETE FROM audit_event WHERE id = 2'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('refuses %s, even to a superuser, with a message that says why', async (operation, statement) => {
    await expect(attacker.query(statement)).rejects.toThrow(`audit_event is append-only: ${operation} is not allowed`);
    const { rows } = await attacker.query('SELECT count(*)::int AS n FROM audit_event');
    expect(rows[0].n).toBe(3);
    expect(await verify()).toMatchObject({ intact: true, events: 3 });
  });

  it('takes UPDATE, DELETE and TRUNCATE away from PUBLIC (the service role only inserts and reads)', async () => {
    const { rows } = await attacker.query(`
      SELECT privilege_type FROM information_schema.role_table_grants
      WHERE table_name = 'audit_event' AND grantee = 'PUBLIC'`);
    expect(rows).toEqual([]);
  });

  it('refuses to append inside a REPEATABLE READ transaction, whose snapshot could miss the last event', async () => {
    await attacker.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      await expect(
        attacker.query(`INSERT INTO audit_event (request_id, actor_sub, actor_org, actor_sector, kind, outcome) VALUES ('r', 's', 'o', 'NGO', 'WRITE', 'ALLOWED')`),
      ).rejects.toThrow(/READ COMMITTED/);
    } finally {
      await attacker.query('ROLLBACK');
    }
  });
});

describe('tampering by someone who bypasses the triggers', () => {
  beforeEach(() => appendEvents(5));

  it('names an edited event: its content no longer matches its hash', async () => {
    await bypassingTriggers(`UPDATE audit_event SET actor_sub = 'someone-else' WHERE id = 3`);
    expect(await verify()).toMatchObject({ intact: false, events: 3, broken: { id: '3', problem: 'HASH_MISMATCH' } });
  });

  it('names an event edited through ALTER TABLE … DISABLE TRIGGER just the same', async () => {
    await attacker.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    try {
      await attacker.query(`UPDATE audit_event SET fields = array_remove(fields, 'givenName') WHERE id = 2`);
    } finally {
      await attacker.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    }
    expect(await verify()).toMatchObject({ intact: false, broken: { id: '2', problem: 'HASH_MISMATCH' } });
  });

  it('names the event after a deleted one: it no longer points at its predecessor', async () => {
    await bypassingTriggers('DELETE FROM audit_event WHERE id = 3');
    const verdict = await verify();
    expect(verdict).toMatchObject({ intact: false, broken: { id: '4', problem: 'PREV_HASH_MISMATCH' } });
    expect(verdict.intact ? '' : verdict.broken.explanation).toMatch(/id 2\).*deleted, or events were reordered/);
  });

  it('names the new first event when the oldest events were deleted', async () => {
    await bypassingTriggers('DELETE FROM audit_event WHERE id <= 2');
    expect(await verify()).toMatchObject({ intact: false, events: 1, broken: { id: '3', problem: 'PREV_HASH_MISMATCH' } });
  });

  it('names the first of two events whose places were swapped (reordered), even with their hashes moved along', async () => {
    const columns = [
      'occurred_at', 'request_id', 'actor_sub', 'actor_org', 'actor_sector', 'actor_roles', 'purpose', 'justification',
      'operation_hash', 'kind', 'record_type', 'record_ids', 'record_owner_org', 'fields', 'outcome', 'error_code',
      'prev_hash', 'hash',
    ];
    const assignments = columns.map((column) => `${column} = other.${column}`).join(', ');
    await bypassingTriggers(`
      UPDATE audit_event AS e SET ${assignments}
      FROM (SELECT * FROM audit_event WHERE id IN (2, 4)) AS other
      WHERE e.id IN (2, 4) AND other.id = 6 - e.id`);
    const { rows } = await attacker.query('SELECT request_id FROM audit_event ORDER BY id');
    expect(rows.map((row) => row.request_id)).toEqual(['req-00000001', 'req-00000004', 'req-00000003', 'req-00000002', 'req-00000005']);
    expect(await verify()).toMatchObject({ intact: false, broken: { id: '2', problem: 'PREV_HASH_MISMATCH' } });
  });

  it('names the first of two events whose contents were swapped under their hashes', async () => {
    await bypassingTriggers(`
      UPDATE audit_event AS e SET request_id = other.request_id, record_ids = other.record_ids
      FROM (SELECT * FROM audit_event WHERE id IN (2, 3)) AS other
      WHERE e.id IN (2, 3) AND other.id = 5 - e.id`);
    expect(await verify()).toMatchObject({ intact: false, broken: { id: '2', problem: 'HASH_MISMATCH' } });
  });

  it('does not stop at a tampered event in a later batch', async () => {
    await bypassingTriggers(`UPDATE audit_event SET outcome = 'DENIED' WHERE id = 5`);
    expect(await verify(2)).toMatchObject({ intact: false, events: 5, broken: { id: '5', problem: 'HASH_MISMATCH' } });
  });
});

describe('verifying a database without an audit log', () => {
  it('says so instead of reporting an intact chain', async () => {
    const client = new pg.Client({ connectionString: databases.urls.no_audit });
    await client.connect();
    try {
      await expect(verifyAuditChain(client)).rejects.toThrow(AuditLogMissingError);
    } finally {
      await client.end();
    }
  });
});
