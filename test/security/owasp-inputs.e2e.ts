import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, type PersonaName } from '../../shared/auth/index.js';
import { DEFAULT_HEADERS, startTestStack, type TestStack } from '../support/stack.js';
import {
  expectRefusal,
  expectSafeErrors,
  MEMBER_OF,
  operation,
  repeated,
  send,
  SPEC_ACCEPT,
  SUBGRAPH_TARGETS,
  type RawAnswer,
  type Target,
} from './hostile-caller.js';

/*
 * OWASP's bad inputs (GraphQL cheat sheet, API Top 10 2023: API1 BOLA, API3 mass assignment,
 * API4 resource consumption, API5 function-level authorisation, API8 injection), sent by members
 * with valid tokens — at the gateway and at each subgraph called directly.
 */

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const CASE_INPUT = {
  reference: 'HP-2026-0777',
  jurisdiction: 'GB',
  openedOn: '2026-05-04',
  typesOfExploitation: ['FORCED_LABOUR'],
  handlingCode: 'H1',
  sourceReliability: 'B',
  informationAccuracy: 'CORROBORATED',
  retentionUntil: '2036-05-04',
};
const OPEN_CASE = 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id reference owningAgency } }';
const REGISTER = 'mutation ($input: RegisterSurvivorInput!) { registerSurvivor(input: $input) { id givenName familyName } }';

let stack: TestStack;
let le: pg.Client;
let ngo: pg.Client;
/** Tokens of a second institution in each sector: the BOLA attackers. */
let rivals: Record<'police' | 'ngo' | 'bank', string>;

beforeAll(async () => {
  stack = await startTestStack();
  le = new pg.Client({ connectionString: stack.databaseUrls['law-enforcement'] });
  ngo = new pg.Client({ connectionString: stack.databaseUrls.ngo });
  await Promise.all([le.connect(), ngo.connect()]);
  rivals = {
    police: stack.issuer.mint({ ...PERSONAS['le-investigator'], sub: 'test:rival-investigator', org: 'rival-police' }),
    ngo: stack.issuer.mint({ ...PERSONAS['ngo-caseworker'], sub: 'test:rival-caseworker', org: 'rival-shelter' }),
    bank: stack.issuer.mint({ ...PERSONAS['bank-compliance'], sub: 'test:rival-officer', org: 'rival-bank' }),
  };
});
afterAll(async () => {
  await Promise.all([le?.end(), ngo?.end()]);
  await stack?.stop();
});

async function count(db: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query(sql, params);
  return Number(rows[0].n);
}

/** A request with another institution's token and the persona's usual purpose headers. */
function asRival(rival: keyof typeof rivals, persona: PersonaName): Record<string, string> {
  return { authorization: `Bearer ${rivals[rival]}`, ...DEFAULT_HEADERS[persona] };
}

async function firstId(as: PersonaName, query: string, pick: (data: any) => string): Promise<string> {
  const answer = await operation(stack, 'gateway', as, query);
  expect(answer.body?.errors).toBeUndefined();
  return pick(answer.body?.data);
}

/** A valid operation nesting case → person records → case … `rounds` times (each round 4 levels). */
function deepOperation(rounds: number): string {
  let selection = 'id';
  for (let round = 0; round < rounds; round += 1) selection = `personRecords { edges { node { case { ${selection} } } } }`;
  return `query { case(id: "${MISSING_ID}") { ${selection} } }`;
}

describe('resource consumption (API4)', () => {
  it('refuses deep nesting at the gateway with DEPTH_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, 'gateway', 'le-investigator', deepOperation(3), { headers: SPEC_ACCEPT });
    expectRefusal(stack, answer, 'DEPTH_LIMIT_EXCEEDED', 400);
  });

  it('refuses deep nesting at the law-enforcement subgraph, called directly, with DEPTH_LIMIT_EXCEEDED', async () => {
    // The subgraph's limit is twice the gateway's (16), so that planned operations always fit.
    expectRefusal(stack, await operation(stack, 'law-enforcement', 'le-investigator', deepOperation(5)), 'DEPTH_LIMIT_EXCEEDED', 400);
  });

  it.each([
    ['a list', 'hub-analyst', '{ people(first: 1000000) { id } }'],
    ['a cursor connection', 'le-investigator', '{ cases(first: 1000000) { edges { node { id reference } } } }'],
    ['a connection paged by a variable', 'ngo-caseworker', 'query ($n: Int) { survivorsConnection(first: $n) { edges { node { id } } } }'],
  ] as const)('refuses a huge `first` on %s at the gateway with COST_LIMIT_EXCEEDED', async (_kind, as, query) => {
    const answer = await operation(stack, 'gateway', as, query, { variables: { n: 1_000_000 }, headers: SPEC_ACCEPT });
    expectRefusal(stack, answer, 'COST_LIMIT_EXCEEDED', 400);
  });

  it.each([
    ['law-enforcement', '{ cases(first: 1000000) { edges { node { id } } } }', (data: any) => data.cases.edges],
    ['ngo', '{ survivors(first: 1000000) { id } }', (data: any) => data.survivors],
    ['financial', '{ accounts(first: 1000000) { edges { node { id } } } }', (data: any) => data.accounts.edges],
    ['linkage', '{ people(first: 1000000) { id } }', (data: any) => data.people],
  ] as const)('caps or refuses a huge `first` at the %s subgraph, called directly', async (target, query, items) => {
    const answer = await operation(stack, target, MEMBER_OF[target], query);
    if (answer.body?.errors) {
      expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
    } else {
      expect(items(answer.body?.data).length).toBeLessThanOrEqual(100);
    }
  });

  it('refuses brute force by aliases (40 guessed ids in one request) at the gateway and at the subgraph', async () => {
    const guesses = `query { ${repeated(40, (i) => `g${i}: case(id: "00000000-0000-4000-8000-${String(i).padStart(12, '0')}") { id }`)} }`;
    expectRefusal(stack, await operation(stack, 'gateway', 'le-investigator', guesses, { headers: SPEC_ACCEPT }), 'ALIAS_LIMIT_EXCEEDED', 400);
    expectRefusal(stack, await operation(stack, 'law-enforcement', 'le-investigator', guesses), 'ALIAS_LIMIT_EXCEEDED', 400);
  });

  it('refuses an oversize body with 413 before reading it, at the gateway and at every subgraph', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    expectRefusal(stack, await send(stack, 'gateway', 'le-investigator', { body, headers: { 'content-type': 'application/json' } }), 'PAYLOAD_TOO_LARGE', 413);
    for (const target of SUBGRAPH_TARGETS) {
      const answer = await send(stack, target, MEMBER_OF[target], { body, headers: { 'content-type': 'application/json' } });
      expectRefusal(stack, answer, 'BAD_REQUEST', 413);
    }
  });

  it('refuses a document over the character limit with CHARACTER_LIMIT_EXCEEDED', async () => {
    const long = `query { __typename ${' '.repeat(10_001)} }`;
    expectRefusal(stack, await operation(stack, 'gateway', 'le-investigator', long, { headers: SPEC_ACCEPT }), 'CHARACTER_LIMIT_EXCEEDED', 400);
  });
});

describe('forced database errors', () => {
  /** Each lookup by id, and what a nonexistent id answers: the malformed ones must answer the same. */
  const LOOKUPS: ReadonlyArray<{ target: Target; as: PersonaName; query: string }> = [
    { target: 'law-enforcement', as: 'le-investigator', query: 'query ($id: ID!) { case(id: $id) { id } }' },
    { target: 'ngo', as: 'ngo-caseworker', query: 'query ($id: ID!) { survivor(id: $id) { id } }' },
    { target: 'financial', as: 'bank-compliance', query: 'query ($id: ID!) { account(id: $id) { id } }' },
    { target: 'linkage', as: 'hub-analyst', query: 'query ($id: ID!) { person(id: $id) { id } }' },
  ];
  const MALFORMED_IDS = [
    ["a SQL fragment", "' OR '1'='1' --"],
    ['a lone surrogate', '\ud800'],
    ['a 100,000-character string', 'x'.repeat(100_000)],
    ['a number beyond any integer column', '99999999999999999999999999999'],
    ['an almost-UUID', '00000000-0000-4000-8000-00000000000g'],
  ] as const;

  it.each(MALFORMED_IDS)('answers an id that is %s as it answers a missing id, everywhere', async (_kind, id) => {
    for (const lookup of LOOKUPS) {
      for (const target of ['gateway', lookup.target] as const) {
        const missing = await operation(stack, target, lookup.as, lookup.query, { variables: { id: MISSING_ID } });
        const malformed = await operation(stack, target, lookup.as, lookup.query, { variables: { id } });
        expect(malformed.status, `${target}: ${malformed.text.slice(0, 300)}`).toBe(missing.status);
        expect(malformed.body, `${target}`).toEqual(missing.body);
      }
    }
  });

  it('refuses an id holding a NUL byte with BAD_USER_INPUT everywhere: no such id can exist', async () => {
    for (const lookup of LOOKUPS) {
      for (const target of ['gateway', lookup.target] as const) {
        const answer = await operation(stack, target, lookup.as, lookup.query, { variables: { id: 'abc\u0000def' } });
        expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
        expect(Object.values(answer.body?.data ?? {}).every((value) => value === null), target).toBe(true);
      }
    }
  });

  it.each(SUBGRAPH_TARGETS)('answers malformed ids in _entities at %s as missing ones, with no SQL', async (target) => {
    const typeOf = { 'law-enforcement': 'Case', ngo: 'Survivor', financial: 'Account', linkage: 'Person' }[target];
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeOf} { id } } }`;
    const missing = await operation(stack, target, MEMBER_OF[target], query, { variables: { r: [{ __typename: typeOf, id: MISSING_ID }] } });
    for (const [, id] of MALFORMED_IDS) {
      const answer = await operation(stack, target, MEMBER_OF[target], query, { variables: { r: [{ __typename: typeOf, id }] } });
      expect(answer.body, `${id.slice(0, 40)}: ${answer.text.slice(0, 300)}`).toEqual(missing.body);
    }
  });

  it.each([
    ['a cursor that was never handed out', 'garbage'],
    ['a cursor of SQL', "') OR 1=1 --"],
    ['a base64 cursor of the wrong shape', Buffer.from('{"createdAt":"not a date","id":"x"}').toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT naming `after`, and no SQL', async (_kind, cursor) => {
    for (const [target, as, query] of [
      ['gateway', 'le-investigator', 'query ($c: String) { cases(first: 2, after: $c) { edges { node { id } } } }'],
      ['ngo', 'ngo-caseworker', 'query ($c: String) { survivorsConnection(first: 2, after: $c) { edges { node { id } } } }'],
      ['financial', 'bank-compliance', 'query ($c: String) { accounts(first: 2, after: $c) { edges { node { id } } } }'],
    ] as const) {
      const answer = await operation(stack, target, as, query, { variables: { c: cursor } });
      expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
    }
  });

  it('refuses a NUL byte in stored text with BAD_USER_INPUT and writes nothing', async () => {
    const before = await count(ngo, 'SELECT count(*) AS n FROM survivor');
    const answer = await operation(stack, 'gateway', 'ngo-caseworker', REGISTER, { variables: { input: { givenName: 'Nul\u0000Byte' } } });
    expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
    const direct = await operation(stack, 'ngo', 'ngo-caseworker', REGISTER, { variables: { input: { familyName: 'Nul\u0000Byte' } } });
    expectSafeErrors(stack, direct, ['BAD_USER_INPUT']);
    expect(await count(ngo, 'SELECT count(*) AS n FROM survivor')).toBe(before);
  });

  it('refuses an Int beyond 32 bits and a giant string with a code, no SQL', async () => {
    const tooBig = await operation(stack, 'gateway', 'le-investigator', '{ cases(first: 2147483648) { edges { node { id } } } }');
    expectSafeErrors(stack, tooBig, ['GRAPHQL_VALIDATION_FAILED']);
    const giant = await operation(stack, 'gateway', 'ngo-caseworker', REGISTER, { variables: { input: { givenName: 'x'.repeat(200_000) } } });
    expectSafeErrors(stack, giant, ['BAD_USER_INPUT']);
  });
});

describe('broken object-level authorisation (API1)', () => {
  it("answers another agency's case by id exactly as a case that does not exist", async () => {
    const caseId = await firstId('le-investigator', '{ cases(first: 1) { edges { node { id } } } }', (data) => data.cases.edges[0].node.id);
    const query = 'query ($id: ID!) { case(id: $id) { id reference } }';
    for (const target of ['gateway', 'law-enforcement'] as const) {
      const headers = asRival('police', 'le-investigator');
      const theirs = await send(stack, target, null, { body: { query, variables: { id: caseId } }, headers });
      const missing = await send(stack, target, null, { body: { query, variables: { id: MISSING_ID } }, headers });
      expect(theirs.status).toBe(200);
      expect(theirs.text).toBe(missing.text);
      expect(theirs.body?.data).toEqual({ case: null });
    }
  });

  it("answers another organisation's survivor, by id and through _entities, exactly as one that does not exist", async () => {
    // Registered without consents: other NGOs may learn she exists (to avoid duplicated support),
    // no other sector may (subgraphs/ngo/consent/consent.discoverability.ts).
    const survivorId = await firstId(
      'ngo-caseworker',
      'mutation { registerSurvivor(input: { givenName: "Hidden", familyName: "Survivor" }) { id } }',
      (data) => data.registerSurvivor.id,
    );
    const byId = 'query ($id: ID!) { survivor(id: $id) { id givenName } }';
    const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Survivor { id givenName } } }';
    const attempts = [
      { target: 'gateway', query: byId, variables: (id: string) => ({ id }), headers: asRival('ngo', 'ngo-caseworker') },
      { target: 'ngo', query: byId, variables: (id: string) => ({ id }), headers: asRival('ngo', 'ngo-caseworker') },
      {
        target: 'ngo',
        query: entities,
        variables: (id: string) => ({ r: [{ __typename: 'Survivor', id }] }),
        headers: { authorization: `Bearer ${stack.tokens['bank-compliance']}`, ...DEFAULT_HEADERS['bank-compliance'] },
      },
    ] as const;
    for (const { target, query, variables, headers } of attempts) {
      const theirs = await send(stack, target, null, { body: { query, variables: variables(survivorId) }, headers });
      const missing = await send(stack, target, null, { body: { query, variables: variables(MISSING_ID) }, headers });
      expect(theirs.text, `${target}: ${query}`).toBe(missing.text);
      expect(theirs.text).not.toContain(survivorId);
    }
  });

  it("answers another bank's account by id exactly as one that does not exist", async () => {
    const accountId = await firstId('bank-compliance', '{ accounts(first: 1) { edges { node { id } } } }', (data) => data.accounts.edges[0].node.id);
    const query = 'query ($id: ID!) { account(id: $id) { id } }';
    for (const target of ['gateway', 'financial'] as const) {
      const headers = asRival('bank', 'bank-compliance');
      const theirs = await send(stack, target, null, { body: { query, variables: { id: accountId } }, headers });
      const missing = await send(stack, target, null, { body: { query, variables: { id: MISSING_ID } }, headers });
      expect(theirs.text).toBe(missing.text);
    }
  });
});

describe('function-level authorisation (API5)', () => {
  it('refuses a bank compliance officer opening a police case, at the gateway and at the subgraph, and writes nothing', async () => {
    for (const target of ['gateway', 'law-enforcement'] as const) {
      const answer = await operation(stack, target, 'bank-compliance', OPEN_CASE, { variables: { input: CASE_INPUT } });
      expectSafeErrors(stack, answer, ['FORBIDDEN']);
      expect(answer.body?.data).toEqual({ openCase: null });
    }
    expect(await count(le, 'SELECT count(*) AS n FROM law_enforcement_case WHERE reference = $1', [CASE_INPUT.reference])).toBe(0);
  });

  it("refuses a bank officer who declares the police's purpose, before planning", async () => {
    const answer = await operation(stack, 'gateway', 'bank-compliance', OPEN_CASE, {
      variables: { input: CASE_INPUT },
      headers: { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-1' },
    });
    expectRefusal(stack, answer, 'PURPOSE_NOT_GRANTED', 403);
  });
});

describe('mass assignment (API3)', () => {
  const EXTRA_FIELDS = [
    ['owningAgency', 'rival-police'],
    ['owningOrganisation', 'rival-police'],
    ['id', MISSING_ID],
    ['createdAt', '2000-01-01T00:00:00Z'],
  ] as const;

  it.each(EXTRA_FIELDS)('refuses `%s` in a case input, in variables or inline, at the gateway and the subgraph', async (field, value) => {
    for (const target of ['gateway', 'law-enforcement'] as const) {
      const viaVariables = await operation(stack, target, 'le-investigator', OPEN_CASE, { variables: { input: { ...CASE_INPUT, [field]: value } } });
      expectSafeErrors(stack, viaVariables, ['BAD_USER_INPUT']);
      expect(viaVariables.body?.data ?? null).toBeNull();
      const inline = `mutation { openCase(input: { reference: "HP-2026-0778", ${field}: ${JSON.stringify(value)} }) { id } }`;
      expectSafeErrors(stack, await operation(stack, target, 'le-investigator', inline), ['GRAPHQL_VALIDATION_FAILED']);
    }
    expect(await count(le, "SELECT count(*) AS n FROM law_enforcement_case WHERE owner_org <> 'harbour-police'")).toBe(0);
  });

  it('refuses an owner in a survivor input, and writes nothing', async () => {
    const before = await count(ngo, 'SELECT count(*) AS n FROM survivor');
    for (const target of ['gateway', 'ngo'] as const) {
      const answer = await operation(stack, target, 'ngo-caseworker', REGISTER, {
        variables: { input: { givenName: 'Mass', owningOrganisation: 'rival-shelter', id: MISSING_ID } },
      });
      expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
    }
    expect(await count(ngo, 'SELECT count(*) AS n FROM survivor')).toBe(before);
  });
});

describe('injection strings (API8)', () => {
  const PAYLOADS = [
    "Robert'); DROP TABLE survivor; --",
    "' OR 1=1; SELECT pg_sleep(5); --",
    '{"$gt": ""}',
    '{"$where": "sleep(5000)"}',
    '<script>alert(document.cookie)</script>',
    '${7*7}{{constructor.constructor("return process")()}}',
    '__proto__',
  ];

  it('stores and returns each one byte for byte, inert, and the tables are intact', async () => {
    const before = await count(ngo, 'SELECT count(*) AS n FROM survivor');
    const ids: string[] = [];
    for (const payload of PAYLOADS) {
      const started = Date.now();
      const answer: RawAnswer = await operation(stack, 'gateway', 'ngo-caseworker', REGISTER, {
        variables: { input: { givenName: payload, familyName: payload } },
      });
      // pg_sleep or $where would make the write take seconds.
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(answer.body?.errors, answer.text).toBeUndefined();
      const survivor = (answer.body?.data as { registerSurvivor: { id: string; givenName: string; familyName: string } }).registerSurvivor;
      expect(survivor).toMatchObject({ givenName: payload, familyName: payload });
      ids.push(survivor.id);
    }
    expect(await count(ngo, 'SELECT count(*) AS n FROM survivor')).toBe(before + PAYLOADS.length);
    const { rows } = await ngo.query('SELECT given_name FROM survivor WHERE id = ANY($1) ORDER BY created_at', [ids]);
    expect(rows.map((row) => row.given_name).sort()).toEqual([...PAYLOADS].sort());
    // Read back through the gateway, as another request would: still the same text.
    const read = await operation(stack, 'gateway', 'ngo-caseworker', 'query ($id: ID!) { survivor(id: $id) { givenName } }', { variables: { id: ids[0] } });
    expect(read.body?.data).toEqual({ survivor: { givenName: PAYLOADS[0] } });
  });

  it('finds nothing with an injection string as a filter, and refuses it as a country', async () => {
    const answer = await operation(stack, 'gateway', 'le-investigator', 'query ($f: CaseFilter) { cases(first: 5, filter: $f) { edges { node { id } } } }', {
      variables: { f: { jurisdiction: "GB' OR '1'='1" } },
    });
    expectSafeErrors(stack, answer, ['BAD_USER_INPUT']);
  });
});
