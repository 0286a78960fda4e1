import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGS, type PersonaClaims, type PersonaName } from '../shared/auth/index.js';
import { DEFAULT_HEADERS, startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * The audit trail across the whole federation: what the NGO's own log records when the demo
 * personas read Elena's survivor record through the gateway, what the NGO's auditor sees of it,
 * and `beacon audit verify` over that log, before and after someone tampers with it.
 */
const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../cli/bin.js', import.meta.url));

const PERSON_QUERY = /* GraphQL */ `
  {
    people(minSectors: 2) {
      id
      survivors { id givenName familyName gender }
    }
  }
`;
const TRAIL_QUERY = /* GraphQL */ `
  query Trail($id: ID!) {
    auditTrail(recordType: "Survivor", recordId: $id) {
      recordType
      recordId
      ngo(first: 200) { id occurredAt requestId actorSub actorOrg actorSector purpose kind recordType recordIds fields outcome errorCode hash }
    }
  }
`;

interface TrailEvent {
  id: string;
  requestId: string;
  actorSub: string;
  actorOrg: string;
  kind: string;
  fields: string[];
  outcome: string;
  errorCode: string | null;
}

const auditor = (org: string): PersonaClaims => ({ sub: `auditor@${org}`, org, sector: 'NGO', roles: ['auditor'], purposes: ['audit'] });

let stack: TestStack;
let ngoDb: pg.Client;
let elenaId: string;
/** Request ids the tests sent, so each finds exactly its own events. */
const requests: Record<string, string> = {};

async function queryAs(persona: PersonaName, query: string, name: string, variables?: Record<string, unknown>) {
  requests[name] = `e2e-${name}-${randomUUID()}`;
  return stack.query(persona, query, { variables, headers: { ...DEFAULT_HEADERS[persona], 'x-request-id': requests[name] } });
}

async function queryAsAuditor(claims: PersonaClaims, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.issuer.mint(claims)}`, 'x-beacon-purpose': 'audit' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

async function ngoEvents(requestId: string) {
  return (await ngoDb.query('SELECT * FROM audit_event WHERE request_id = $1 ORDER BY id', [requestId])).rows;
}

async function verify(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [CLI, 'audit', 'verify', '--subgraph', 'ngo', '--database-url', stack.databaseUrls.ngo as string]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  ngoDb = new pg.Client({ connectionString: stack.databaseUrls.ngo });
  await ngoDb.connect();
  const { body } = await queryAs('ngo-caseworker', '{ survivors(first: 100) { id givenName familyName } }', 'caseworker');
  const survivors = (body.data?.survivors ?? []) as Array<{ id: string; givenName: string | null }>;
  elenaId = survivors.find((survivor) => survivor.givenName === 'Елена')?.id as string;
  expect(elenaId).toEqual(expect.any(String));
});

afterAll(async () => {
  await ngoDb?.end();
  await stack?.stop();
});

describe("the NGO's audit log", () => {
  it("records the caseworker's reading of Elena's name as a DISCLOSURE naming the fields, never their values", async () => {
    const events = await ngoEvents(requests.caseworker as string);
    const elena = events.find((event) => event.record_ids.includes(elenaId));
    expect(elena).toMatchObject({
      kind: 'DISCLOSURE',
      outcome: 'ALLOWED',
      record_type: 'Survivor',
      record_owner_org: DEMO_ORGS.NGO,
      actor_sub: 'demo:ngo-caseworker',
      actor_org: DEMO_ORGS.NGO,
      actor_sector: 'NGO',
      purpose: 'victim-support',
    });
    expect(elena?.fields).toEqual(expect.arrayContaining(['givenName', 'familyName']));
    expect(elena?.operation_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify((await ngoDb.query('SELECT * FROM audit_event')).rows);
    for (const value of ['Елена', 'Петрова', 'Amina', 'Yusuf', '1994-03-12']) expect(dump, value).not.toContain(value);
  });

  it("records the bank officer's refused survivor fields as a DENIAL on Elena's record, for the NGO to see", async () => {
    const { body } = await queryAs('bank-compliance', PERSON_QUERY, 'bank');
    const survivor = (body.data?.people as Array<{ survivors: Array<{ id: string; givenName: string | null }> }>)[0]?.survivors[0];
    expect(survivor).toMatchObject({ id: elenaId, givenName: null });
    const events = await ngoEvents(requests.bank as string);
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'DENIAL',
        outcome: 'DENIED',
        error_code: 'FORBIDDEN',
        record_type: 'Survivor',
        record_ids: [elenaId],
        record_owner_org: DEMO_ORGS.NGO,
        actor_org: DEMO_ORGS.FINANCIAL,
        fields: expect.arrayContaining(['givenName', 'familyName']),
      }),
    );
  });

  it("records, in the police's own log, an investigator's consultation refused for want of a justification", async () => {
    requests.unjustified = `e2e-unjustified-${randomUUID()}`;
    const { body } = await stack.query('le-investigator', '{ people(minSectors: 2) { id personRecords { id givenName } } }', {
      headers: { 'x-beacon-purpose': 'investigation', 'x-request-id': requests.unjustified },
    });
    const record = (body.data?.people as Array<{ personRecords: Array<{ id: string; givenName: string | null }> }>)[0]?.personRecords[0];
    expect(record?.givenName).toBeNull();
    const policeDb = new pg.Client({ connectionString: stack.databaseUrls['law-enforcement'] });
    await policeDb.connect();
    try {
      const { rows } = await policeDb.query('SELECT * FROM audit_event WHERE request_id = $1', [requests.unjustified]);
      expect(rows).toMatchObject([
        { kind: 'DENIAL', error_code: 'JUSTIFICATION_REQUIRED', record_type: 'PersonRecord', record_ids: [record?.id], fields: ['givenName'], justification: null },
      ]);
    } finally {
      await policeDb.end();
    }
  });

  it('records a request that declares no purpose as a DENIAL at the subgraph, with no record', async () => {
    requests.noPurpose = `e2e-no-purpose-${randomUUID()}`;
    const { status } = await stack.query('ngo-caseworker', '{ survivors { id givenName } }', {
      url: stack.subgraphUrls.ngo,
      headers: { 'x-request-id': requests.noPurpose },
    });
    expect(status).toBe(400);
    expect(await ngoEvents(requests.noPurpose)).toMatchObject([
      { kind: 'DENIAL', outcome: 'DENIED', error_code: 'PURPOSE_REQUIRED', purpose: null, record_type: null, record_ids: [], actor_sub: 'demo:ngo-caseworker' },
    ]);
  });
});

describe('auditors, through the gateway', () => {
  it("show the owning NGO's auditor who saw and who was refused Elena's record, newest first", async () => {
    const { status, body } = await queryAsAuditor(auditor(DEMO_ORGS.NGO), TRAIL_QUERY, { id: elenaId });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const trail = body.data?.auditTrail as { recordType: string; recordId: string; ngo: TrailEvent[] };
    expect(trail).toMatchObject({ recordType: 'Survivor', recordId: elenaId });
    expect(trail.ngo).toContainEqual(
      expect.objectContaining({ requestId: requests.caseworker, kind: 'DISCLOSURE', actorSub: 'demo:ngo-caseworker', outcome: 'ALLOWED' }),
    );
    expect(trail.ngo).toContainEqual(
      expect.objectContaining({ requestId: requests.bank, kind: 'DENIAL', actorOrg: DEMO_ORGS.FINANCIAL, errorCode: 'FORBIDDEN' }),
    );
    const ids = trail.ngo.map((event) => Number(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it("show another organisation's auditor nothing of the NGO's trail", async () => {
    for (const org of ['another-ngo', DEMO_ORGS.FINANCIAL]) {
      const { body } = await queryAsAuditor(auditor(org), TRAIL_QUERY, { id: elenaId });
      expect(body.errors, org).toBeUndefined();
      expect((body.data?.auditTrail as { ngo: unknown[] }).ngo, org).toEqual([]);
    }
  });

  it('refuse the trail to a caseworker of the owning NGO: reading it takes the auditor role and the purpose audit', async () => {
    const { body } = await queryAs('ngo-caseworker', TRAIL_QUERY, 'caseworkerTrail', { id: elenaId });
    expect(body.data?.auditTrail ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('`beacon audit verify --subgraph ngo`', () => {
  it('exits 0 on the intact log, and 1 naming the first broken event once an event was edited', async () => {
    const intact = await verify();
    expect(intact.code, intact.stdout).toBe(0);
    expect(intact.stdout).toMatch(/^\d+ events, chain intact\n/);

    const [target] = await ngoEvents(requests.caseworker as string);
    await ngoDb.query('SET session_replication_role = replica');
    try {
      await ngoDb.query(`UPDATE audit_event SET actor_sub = 'someone-else' WHERE id = $1`, [target.id]);
    } finally {
      await ngoDb.query('SET session_replication_role = origin');
    }
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`chain broken at event ${target.id}: hash mismatch`);
  });
});
