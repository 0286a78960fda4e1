import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { BEACON_AUDIENCE, loadOrCreateDevIssuer, type DevIssuer, type PersonaClaims } from '../auth/index.js';
import { createDataSource } from '../database/index.js';
import { BeaconError } from '../errors/index.js';
import {
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  roleIn,
  sameOrganisationAsOwner,
  type PolicyMap,
} from '../policy/index.js';
import type { RequestContext } from './context.js';
import { defineSubgraph, type BeaconSubgraph } from './create-subgraph.js';

/*
 * The kit's audit trail on a small subgraph of its own, served over real HTTP, with real tokens,
 * writing to a real Postgres: what each kind of request leaves in the log.
 */

@ObjectType({ description: 'A crate owned by an organisation.' })
@Directive('@key(fields: "id")')
class Crate {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => String, { nullable: true })
  contents: string | null;

  @Field(() => String, { nullable: true })
  weight: string | null;

  ownerOrg: string;
}

@InputType()
class CrateInput {
  @Field(() => String)
  label: string;

  @Field(() => String)
  contents: string;
}

const CRATES: readonly Crate[] = [
  { id: 'c-1', label: 'L1', contents: 'secret-contents-1', weight: '12kg', ownerOrg: 'org-a' },
  { id: 'c-2', label: 'L2', contents: 'secret-contents-2', weight: null, ownerOrg: 'org-a' },
];
const stored: Crate[] = [];

@Resolver(() => Crate)
class CrateResolver {
  @Query(() => [Crate])
  crates(): readonly Crate[] {
    return CRATES;
  }

  @Mutation(() => Crate, { nullable: true })
  registerCrate(@Arg('input', () => CrateInput) input: CrateInput, @Ctx() context: RequestContext): Crate {
    if (input.label.trim() === '') {
      throw new BeaconError('BAD_USER_INPUT', 'The crate needs a label.', { invalidFields: [{ field: 'label', reason: 'empty' }] });
    }
    const crate = { id: `c-${randomUUID()}`, label: input.label, contents: input.contents, weight: null, ownerOrg: context.principal.org };
    stored.push(crate);
    return crate;
  }

  @Mutation(() => Boolean, { nullable: true })
  discardCrate(@Arg('id', () => ID) _id: string): boolean {
    return true;
  }
}

const policy: PolicyMap = {
  Query: { ...federationQueryRules, crates: isAuthenticated },
  Mutation: { registerCrate: isAuthenticated, discardCrate: roleIn('supervisor') },
  _Service: federationServiceRules,
  Crate: { id: isAuthenticated, label: isAuthenticated, contents: sameOrganisationAsOwner, weight: sameOrganisationAsOwner },
};

const member = (org: string, roles = ['clerk'], purposes = ['analysis']): PersonaClaims => ({
  sub: `clerk@${org}`,
  org,
  sector: 'NGO',
  roles,
  purposes,
});
const auditorOf = (org: string): PersonaClaims => ({ sub: `auditor@${org}`, org, sector: 'NGO', roles: ['auditor'], purposes: ['audit'] });

let home: string;
let issuer: DevIssuer;
let databases: IsolatedDatabases;
let subgraph: BeaconSubgraph;
let unaudited: BeaconSubgraph;
let url: string;
let unauditedUrl: string;
let db: pg.Client;

async function build(name: string, databaseUrl: string, audit?: boolean): Promise<BeaconSubgraph> {
  return defineSubgraph({
    name,
    resolvers: [CrateResolver],
    container: { get: () => new CrateResolver() },
    references: { Crate: (reference) => CRATES.find((crate) => crate.id === reference.id) ?? null },
    policy,
    config: { issuers: [{ issuer: issuer.issuer, jwksFile: issuer.jwksFile }], audience: BEACON_AUDIENCE, audit },
    dataSource: createDataSource({ url: databaseUrl, entities: [], migrations: [] }),
    logger: pino({ level: 'silent' }),
  });
}

async function post(
  claims: PersonaClaims | null,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string>; to?: string } = {},
) {
  const requestId = `req-${randomUUID()}`;
  const response = await fetch(options.to ?? url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(claims ? { authorization: `Bearer ${issuer.mint(claims)}`, 'x-beacon-purpose': claims.purposes[0] as string } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { requestId, status: response.status, body: (await response.json()) as any };
}

async function eventsOf(requestId: string) {
  const { rows } = await db.query('SELECT * FROM audit_event WHERE request_id = $1 ORDER BY id', [requestId]);
  return rows;
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'beacon-kit-audit-'));
  issuer = loadOrCreateDevIssuer(join(home, 'keys'));
  databases = await isolatedDatabases(['kit_audit', 'kit_unaudited']);
  subgraph = await build('kit-audit', databases.urls.kit_audit as string);
  unaudited = await build('kit-audit', databases.urls.kit_unaudited as string, false);
  ({ url } = await subgraph.listen(0));
  ({ url: unauditedUrl } = await unaudited.listen(0));
  db = new pg.Client({ connectionString: databases.urls.kit_audit });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.close();
  await unaudited?.close();
  await databases?.drop();
  await rm(home, { recursive: true, force: true });
});

describe('disclosures', () => {
  it('records one DISCLOSURE per record, naming the sensitive fields returned non-null and never their values', async () => {
    const query = '{ crates { id label contents weight } }';
    const { requestId, body } = await post(member('org-a'), query);
    expect(body.data.crates[0].contents).toBe('secret-contents-1');
    const events = await eventsOf(requestId);
    expect(events.map((event) => [event.kind, event.record_type, event.record_ids, event.fields, event.outcome])).toEqual([
      ['DISCLOSURE', 'Crate', ['c-1'], ['contents', 'weight'], 'ALLOWED'],
      // c-2 has no weight: nothing was shown, so nothing is recorded for it.
      ['DISCLOSURE', 'Crate', ['c-2'], ['contents'], 'ALLOWED'],
    ]);
    expect(events[0]).toMatchObject({
      actor_sub: 'clerk@org-a',
      actor_org: 'org-a',
      actor_sector: 'NGO',
      actor_roles: ['clerk'],
      purpose: 'analysis',
      record_owner_org: 'org-a',
      operation_hash: createHash('sha256').update(query).digest('hex'),
    });
    const dump = JSON.stringify((await db.query('SELECT * FROM audit_event')).rows);
    expect(dump).not.toContain('secret-contents');
    expect(dump).not.toContain('12kg');
  });

  it('records nothing for a read of fields every member may see', async () => {
    const { requestId } = await post(member('org-b'), '{ crates { id label } }');
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe('denials', () => {
  it('records one DENIAL per record for the fields the policy refused, for the record owner to see', async () => {
    const { requestId, body } = await post(
      member('org-b'),
      '{ _entities(representations: [{ __typename: "Crate", id: "c-1" }]) { ... on Crate { id label contents weight } } }',
    );
    expect(body.data._entities[0]).toEqual({ id: 'c-1', label: 'L1', contents: null, weight: null });
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'DENIAL',
      outcome: 'DENIED',
      error_code: 'FORBIDDEN',
      record_type: 'Crate',
      record_ids: ['c-1'],
      record_owner_org: 'org-a',
      fields: ['contents', 'weight'],
      actor_org: 'org-b',
    });
  });

  it.each([
    ['no purpose', { 'x-beacon-purpose': '' }, 400, 'PURPOSE_REQUIRED', null],
    ['a purpose that is not Beacon\'s', { 'x-beacon-purpose': 'curiosity' }, 403, 'PURPOSE_NOT_GRANTED', 'curiosity'],
    ['a purpose the token does not grant', { 'x-beacon-purpose': 'investigation' }, 403, 'PURPOSE_NOT_GRANTED', 'investigation'],
  ])('records a request refused before execution (%s) as one DENIAL without a record', async (_case, headers, status, code, purpose) => {
    const query = '{ crates { id contents } }';
    const answer = await post(member('org-a'), query, { headers });
    expect(answer.status).toBe(status);
    expect(answer.body.data).toBeUndefined();
    const events = await eventsOf(answer.requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'DENIAL',
      outcome: 'DENIED',
      error_code: code,
      purpose,
      record_type: null,
      record_ids: [],
      fields: [],
      operation_hash: createHash('sha256').update(query).digest('hex'),
    });
  });

  it('only logs a request without a valid token: there is no actor to audit', async () => {
    const { requestId, status } = await post(null, '{ crates { id contents } }', { headers: { 'x-beacon-purpose': 'analysis' } });
    expect(status).toBe(401);
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe('writes', () => {
  const REGISTER = 'mutation ($input: CrateInput!) { registerCrate(input: $input) { id label } }';

  it('records a WRITE per mutation field: ALLOWED with the new record\'s id and the argument names', async () => {
    const { requestId, body } = await post(member('org-a'), REGISTER, { variables: { input: { label: 'L9', contents: 'secret-new' } } });
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'WRITE',
      outcome: 'ALLOWED',
      error_code: null,
      record_type: 'Crate',
      record_ids: [body.data.registerCrate.id],
      record_owner_org: 'org-a',
      fields: ['registerCrate', 'input.label', 'input.contents'],
    });
    expect(JSON.stringify(events)).not.toContain('secret-new');
  });

  it('records a mutation its service rejects as a FAILED write with the error code', async () => {
    const before = stored.length;
    const { requestId, body } = await post(member('org-a'), REGISTER, { variables: { input: { label: ' ', contents: 'x' } } });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stored).toHaveLength(before);
    expect(await eventsOf(requestId)).toMatchObject([{ kind: 'WRITE', outcome: 'FAILED', error_code: 'BAD_USER_INPUT', record_ids: [] }]);
  });

  it('records a mutation the policy refuses as a DENIED write', async () => {
    const { requestId, body } = await post(member('org-a'), 'mutation { discardCrate(id: "c-1") }');
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await eventsOf(requestId)).toMatchObject([
      { kind: 'WRITE', outcome: 'DENIED', error_code: 'FORBIDDEN', record_type: 'Boolean', fields: ['discardCrate', 'id'] },
    ]);
  });

  it('records a mutation with a forged field in its input (orgId) as a FAILED write, and writes nothing', async () => {
    const before = stored.length;
    const inline = await post(member('org-a'), 'mutation { registerCrate(input: { label: "L", contents: "c", orgId: "org-b" }) { id } }');
    expect(inline.status).toBe(400);
    expect(await eventsOf(inline.requestId)).toMatchObject([
      { kind: 'WRITE', outcome: 'FAILED', error_code: 'GRAPHQL_VALIDATION_FAILED', record_type: 'Mutation', fields: ['registerCrate'] },
    ]);
    const viaVariables = await post(member('org-a'), REGISTER, { variables: { input: { label: 'L', contents: 'c', orgId: 'org-b' } } });
    expect(viaVariables.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await eventsOf(viaVariables.requestId)).toMatchObject([
      { kind: 'WRITE', outcome: 'FAILED', error_code: 'BAD_USER_INPUT', fields: ['registerCrate'] },
    ]);
    expect(stored).toHaveLength(before);
  });
});

describe('the audit trail', () => {
  const TRAIL = '{ auditTrail(recordType: "Crate", recordId: "c-1") { recordType recordId kitAudit(first: 100) { id kind actorOrg fields outcome errorCode hash } } }';

  it('shows an auditor of the owning organisation the events about a record, newest first', async () => {
    const { body } = await post(auditorOf('org-a'), TRAIL);
    const events = body.data.auditTrail.kitAudit as Array<{ id: string; kind: string; actorOrg: string; hash: string }>;
    expect(body.errors).toBeUndefined();
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.map((event) => Number(event.id))).toEqual(events.map((event) => Number(event.id)).sort((a, b) => b - a));
    expect(events).toContainEqual(expect.objectContaining({ kind: 'DISCLOSURE', actorOrg: 'org-a', fields: ['contents', 'weight'] }));
    expect(events).toContainEqual(expect.objectContaining({ kind: 'DENIAL', actorOrg: 'org-b', errorCode: 'FORBIDDEN' }));
    expect(events[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shows another organisation's auditor nothing about the record", async () => {
    const { body } = await post(auditorOf('org-b'), TRAIL);
    expect(body.data.auditTrail.kitAudit).toEqual([]);
  });

  it('records each reading of a trail as a disclosure, for the reader\'s own auditors', async () => {
    const { requestId } = await post(auditorOf('org-a'), TRAIL);
    expect(await eventsOf(requestId)).toMatchObject([
      { kind: 'DISCLOSURE', record_type: 'AuditTrail', record_ids: ['Crate:c-1'], record_owner_org: 'org-a', fields: ['kitAudit'] },
    ]);
  });

  it('refuses the trail to anyone but an auditor declaring the purpose audit, and records the refusal', async () => {
    const notAuditor = await post(member('org-a'), TRAIL);
    expect(notAuditor.body.data.auditTrail).toBeNull();
    expect(notAuditor.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await eventsOf(notAuditor.requestId)).toMatchObject([
      { kind: 'DENIAL', record_type: 'Query', record_ids: [], fields: ['auditTrail'], error_code: 'FORBIDDEN' },
    ]);
    const auditorForAnotherPurpose = await post({ ...auditorOf('org-a'), purposes: ['analysis', 'audit'] }, TRAIL);
    expect(auditorForAnotherPurpose.body.data.auditTrail).toBeNull();
  });
});

describe('when the audit log cannot be written', () => {
  async function breakingTheLog<T>(work: () => Promise<T>): Promise<T> {
    await db.query('ALTER TABLE audit_event ADD CONSTRAINT audit_test_outage CHECK (false) NOT VALID');
    try {
      return await work();
    } finally {
      await db.query('ALTER TABLE audit_event DROP CONSTRAINT audit_test_outage');
    }
  }

  it('withholds the answer: 500 INTERNAL_SERVER_ERROR with the request id, no data, nothing about the database', async () => {
    const { requestId, status, body } = await breakingTheLog(() => post(member('org-a'), '{ crates { id contents } }'));
    expect(status).toBe(500);
    expect(body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
    });
    expect(JSON.stringify(body)).not.toMatch(/secret|audit_event|constraint|INSERT/i);
    expect(await eventsOf(requestId)).toEqual([]);
  });

  it('refuses a refused request loudly too, rather than losing its denial', async () => {
    const { status, body } = await breakingTheLog(() => post(member('org-a'), '{ crates { id } }', { headers: { 'x-beacon-purpose': '' } }));
    expect(status).toBe(500);
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers normally again once the log can be written', async () => {
    const { status, body } = await post(member('org-a'), '{ crates { id contents } }');
    expect(status).toBe(200);
    expect(body.data.crates[0].contents).toBe('secret-contents-1');
  });
});

describe('with audit turned off (the overhead benchmark only)', () => {
  it('answers the same and records nothing', async () => {
    const { body } = await post(member('org-a'), '{ crates { id contents } }', { to: unauditedUrl });
    expect(body.data.crates[0].contents).toBe('secret-contents-1');
    const client = new pg.Client({ connectionString: databases.urls.kit_unaudited });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
