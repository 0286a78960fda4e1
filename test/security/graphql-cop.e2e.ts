import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, SUPERGRAPH_PATH, type TestStack } from '../support/stack.js';
import {
  expectRefusal,
  expectSafeErrors,
  leaksIn,
  MEMBER_OF,
  operation,
  repeated,
  send,
  SPEC_ACCEPT,
  SUBGRAPH_TARGETS,
  type Target,
} from './hostile-caller.js';

/*
 * graphql-cop's checks (dolevf/graphql-cop), each sent as that tool sends it, to the gateway and,
 * where the check applies, to every subgraph called directly: a partner with a valid token can
 * reach a subgraph's port, so each subgraph must hold on its own.
 */

const TARGETS: readonly Target[] = ['gateway', ...SUBGRAPH_TARGETS];
/** Type names of the composed schema: none may appear in anything a stranger can read. */
const SCHEMA_NAMES = ['SuspiciousActivityReport', 'PersonRecord', 'Survivor', 'AccountHolder', 'HandlingCode', 'journeyLegs'];

/**
 * Type names of the supergraph that no published example operation mentions, compound ones only
 * (`SuspiciousActivityReport`, not `Case`: a single word may be any page's English).
 */
function schemaTypeNamesOutsideExamples(): string[] {
  const examplesDir = new URL('../../examples/', import.meta.url);
  const examples = readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(new URL(file, examplesDir), 'utf8'))
    .join('\n');
  return parse(readFileSync(SUPERGRAPH_PATH, 'utf8'))
    .definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : []))
    .filter((name) => /^[A-Z][a-z]+[A-Z]/.test(name) && !examples.includes(name));
}

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('resource exhaustion, refused at the gateway before any subgraph is called', () => {
  it('refuses alias overloading (101 aliases of __typename) with ALIAS_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, 'gateway', 'le-investigator', `query cop { ${repeated(101, (i) => `alias${i}:__typename`)} }`, {
      headers: SPEC_ACCEPT,
    });
    expectRefusal(stack, answer, 'ALIAS_LIMIT_EXCEEDED', 400);
    expect(answer.body?.errors?.[0]?.extensions?.limit).toBe(15);
  });

  it('refuses field duplication (500 × __typename) with TOKEN_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, 'gateway', 'le-investigator', `query cop { ${repeated(500, () => '__typename')} }`, {
      headers: SPEC_ACCEPT,
    });
    expectRefusal(stack, answer, 'TOKEN_LIMIT_EXCEEDED', 400);
  });

  it('refuses directive overloading (10 × an unknown directive) with DIRECTIVE_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, 'gateway', 'le-investigator', `query cop { __typename ${repeated(10, () => '@aa')} }`, {
      headers: SPEC_ACCEPT,
    });
    expect(answer.status).toBe(400);
    // The unknown directive is also a validation error; the limit is what refuses it.
    expectSafeErrors(stack, answer, ['DIRECTIVE_LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']);
    expect(answer.body?.errors?.map((error) => error.extensions?.code)).toContain('DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('refuses circular introspection with INTROSPECTION_DEPTH_EXCEEDED', async () => {
    const circular = 'query cop { __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
    const answer = await operation(stack, 'gateway', 'le-investigator', circular, { headers: SPEC_ACCEPT });
    expectRefusal(stack, answer, 'INTROSPECTION_DEPTH_EXCEEDED', 400);
  });

  it('refuses a batch (a JSON array of operations) with BATCHING_NOT_ALLOWED', async () => {
    const batch = [{ query: 'query cop { __typename }' }, { query: 'query cop { __typename }' }];
    expectRefusal(stack, await send(stack, 'gateway', 'le-investigator', { body: batch }), 'BATCHING_NOT_ALLOWED', 400);
  });
});

/*
 * A subgraph's limits are above the gateway's (shared/subgraph-kit/operation-limits.ts), so that
 * what the gateway's planner sends always fits: the attacks below are sized past them.
 */
describe.each(SUBGRAPH_TARGETS)('resource exhaustion at the %s subgraph, called directly', (target) => {
  const as = MEMBER_OF[target];

  it('refuses a batch (a JSON array of operations) with BAD_REQUEST', async () => {
    const batch = [{ query: 'query cop { __typename }' }, { query: 'query cop { __typename }' }];
    expectRefusal(stack, await send(stack, target, as, { body: batch }), 'BAD_REQUEST', 400);
  });

  it('refuses alias overloading with ALIAS_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, target, as, `query cop { ${repeated(101, (i) => `alias${i}:__typename`)} }`);
    expectRefusal(stack, answer, 'ALIAS_LIMIT_EXCEEDED', 400);
  });

  it('refuses field duplication (5,100 × __typename) with TOKEN_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, target, as, `query cop { ${repeated(5_100, () => '__typename')} }`);
    expectRefusal(stack, answer, 'TOKEN_LIMIT_EXCEEDED', 400);
    expect(answer.body?.errors?.[0]?.extensions?.limit).toBe(5_000);
  });

  it('refuses directive overloading (20 × an unknown directive) with DIRECTIVE_LIMIT_EXCEEDED', async () => {
    const answer = await operation(stack, target, as, `query cop { __typename ${repeated(20, () => '@aa')} }`);
    expect(answer.status).toBe(400);
    expectSafeErrors(stack, answer, ['DIRECTIVE_LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']);
    expect(answer.body?.errors?.map((error) => error.extensions?.code)).toContain('DIRECTIVE_LIMIT_EXCEEDED');
  });
});

describe('introspection', () => {
  const INTROSPECTION = 'query cop { __schema { types { name } } }';

  it('is refused to a stranger at the gateway with 401, before any schema is read', async () => {
    const answer = await operation(stack, 'gateway', null, INTROSPECTION);
    expectRefusal(stack, answer, 'UNAUTHENTICATED', 401);
    for (const name of SCHEMA_NAMES) expect(answer.text).not.toContain(name);
  });

  it.each(SUBGRAPH_TARGETS)('is refused at the %s subgraph to a stranger (401) and to a member', async (target) => {
    expectRefusal(stack, await operation(stack, target, null, INTROSPECTION), 'UNAUTHENTICATED', 401);
    const member = await operation(stack, target, MEMBER_OF[target], INTROSPECTION);
    expectRefusal(stack, member, 'GRAPHQL_VALIDATION_FAILED', 400);
    for (const name of SCHEMA_NAMES) expect(member.text).not.toContain(name);
  });

  it('answers a member at the gateway: the explorer and the SDK are built from it (docs/security.md)', async () => {
    const answer = await operation(stack, 'gateway', 'ngo-caseworker', INTROSPECTION);
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body?.data)).toContain('Survivor');
  });
});

describe('field suggestions ("Did you mean …?")', () => {
  /** Each way graphql-js suggests: a field, an argument, a type, an input field, an enum value. */
  const PROBES: ReadonlyArray<{ name: string; query: string; variables?: Record<string, unknown> }> = [
    { name: 'a misspelt field', query: 'query cop { case(id: "x") { referenc } }' },
    { name: 'a misspelt argument', query: 'query cop { cases(firts: 1) { pageInfo { hasNextPage } } }' },
    { name: 'a misspelt type', query: 'query cop { case(id: "x") { ... on Cas { id } } }' },
    { name: 'a misspelt input field', query: 'query cop($f: CaseFilter) { cases(filter: $f) { pageInfo { hasNextPage } } }', variables: { f: { stauts: 'OPEN' } } },
    { name: 'a misspelt enum value', query: 'query cop($c: TransactionChannel) { __typename }', variables: { c: 'WIRES' } },
  ];

  it.each(PROBES)('never appear to a stranger, who gets 401 for $name', async ({ query, variables }) => {
    for (const target of TARGETS) {
      const answer = await operation(stack, target, null, query, { variables });
      expect(answer.status).toBe(401);
      expect(answer.text).not.toMatch(/Did you mean/i);
    }
  });

  it.each(PROBES)('never appear to a member either, at the gateway or any subgraph, for $name', async ({ query, variables }) => {
    for (const target of TARGETS) {
      const answer = await operation(stack, target, MEMBER_OF[target], query, { variables });
      expect(answer.text, `${target}: ${answer.text}`).not.toMatch(/Did you mean/i);
      // Refused with a code, or (the enum probe at a subgraph without that enum) refused all the same.
      expectSafeErrors(stack, answer, ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
    }
  });
});

describe('GraphiQL detection and GET', () => {
  it('shows a stranger the explorer page at / and nothing of the schema in it beyond the published examples', async () => {
    const answer = await send(stack, 'gateway', null, { method: 'GET', path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    // The page opens examples/*.graphql as tabs; any other type name would come from the schema.
    const unpublished = schemaTypeNamesOutsideExamples();
    expect(unpublished.length).toBeGreaterThan(50);
    expect(unpublished.filter((name) => answer.text.includes(name))).toEqual([]);
  });

  it.each(['/graphiql', '/playground', '/graphql/console', '/altair', '/api/graphql', '/v1/graphql'])(
    'has no other explorer: GET %s is 404 NOT_FOUND',
    async (path) => {
      const answer = await send(stack, 'gateway', null, { method: 'GET', path, headers: { accept: 'text/html' } });
      expectRefusal(stack, answer, 'NOT_FOUND', 404);
    },
  );

  it('refuses a query sent by GET, even with a valid token, with 405 METHOD_NOT_ALLOWED and Allow: POST', async () => {
    const search = `?query=${encodeURIComponent('query cop { __typename }')}`;
    const answer = await send(stack, 'gateway', 'le-investigator', { method: 'GET', search });
    expectRefusal(stack, answer, 'METHOD_NOT_ALLOWED', 405);
    expect(answer.headers.get('allow')).toBe('POST');
    const html = await send(stack, 'gateway', null, { method: 'GET', search, headers: { accept: 'text/html' } });
    expectRefusal(stack, html, 'METHOD_NOT_ALLOWED', 405);
  });

  it.each(SUBGRAPH_TARGETS)('the %s subgraph has no explorer and refuses queries by GET', async (target) => {
    expectRefusal(stack, await send(stack, target, null, { method: 'GET', path: '/', headers: { accept: 'text/html' } }), 'NOT_FOUND', 404);
    const search = `?query=${encodeURIComponent('query cop { __typename }')}`;
    const answer = await send(stack, target, MEMBER_OF[target], { method: 'GET', search });
    expectRefusal(stack, answer, 'BAD_REQUEST', 405);
  });
});

describe('cross-site requests (CSRF)', () => {
  let ngo: pg.Client;
  beforeAll(async () => {
    ngo = new pg.Client({ connectionString: stack.databaseUrls.ngo });
    await ngo.connect();
  });
  afterAll(async () => {
    await ngo?.end();
  });

  const REGISTER = (name: string) => `mutation cop { registerSurvivor(input: { givenName: "${name}" }) { id } }`;
  async function survivorsNamed(name: string): Promise<number> {
    const { rows } = await ngo.query('SELECT count(*)::int AS n FROM survivor WHERE given_name = $1', [name]);
    return rows[0].n as number;
  }

  it('refuses a mutation sent by GET with 405, and writes nothing', async () => {
    for (const target of ['gateway', 'ngo'] as const) {
      const search = `?query=${encodeURIComponent(REGISTER('Getmutation'))}`;
      const answer = await send(stack, target, 'ngo-caseworker', { method: 'GET', search });
      expect(answer.status).toBe(405);
      expectSafeErrors(stack, answer, ['METHOD_NOT_ALLOWED', 'BAD_REQUEST']);
    }
    expect(await survivorsNamed('Getmutation')).toBe(0);
  });

  const SIMPLE_BODIES = [
    { kind: 'text/plain', contentType: 'text/plain', body: JSON.stringify({ query: REGISTER('Plaintext') }), name: 'Plaintext' },
    { kind: 'a form', contentType: 'application/x-www-form-urlencoded', body: `query=${encodeURIComponent(REGISTER('Formpost'))}`, name: 'Formpost' },
    {
      kind: 'a multipart form',
      contentType: 'multipart/form-data; boundary=cop',
      body: `--cop\r\nContent-Disposition: form-data; name="query"\r\n\r\n${REGISTER('Multipart')}\r\n--cop--\r\n`,
      name: 'Multipart',
    },
  ];

  it.each(SIMPLE_BODIES)('refuses $kind at the gateway with 415 UNSUPPORTED_MEDIA_TYPE, even with a token, and writes nothing', async (simple) => {
    const answer = await send(stack, 'gateway', 'ngo-caseworker', { body: simple.body, headers: { 'content-type': simple.contentType } });
    expectRefusal(stack, answer, 'UNSUPPORTED_MEDIA_TYPE', 415);
    expect(await survivorsNamed(simple.name)).toBe(0);
  });

  it.each(SIMPLE_BODIES)('refuses $kind at the ngo subgraph, called directly, and writes nothing', async (simple) => {
    const answer = await send(stack, 'ngo', 'ngo-caseworker', { body: simple.body, headers: { 'content-type': simple.contentType } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expectSafeErrors(stack, answer, ['BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE']);
    expect(await survivorsNamed(simple.name)).toBe(0);
  });
});

describe('trace mode', () => {
  it.each(TARGETS)('gives no tracing or ftv1 extension at the %s, even when asked', async (target) => {
    const answer = await operation(stack, target, MEMBER_OF[target], 'query cop { __typename }', {
      headers: { 'apollo-federation-include-trace': 'ftv1', 'x-apollo-tracing': '1' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body?.data).toEqual({ __typename: 'Query' });
    expect(answer.body).not.toHaveProperty('extensions');
  });
});

describe('unhandled errors', () => {
  const BROKEN = [
    { kind: 'an unterminated document', body: { query: 'query cop { __typename {}' } },
    { kind: 'a document that is not a string', body: { query: { evil: true } } },
    { kind: 'variables that are not an object', body: { query: 'query cop { __typename }', variables: 'x' } },
    { kind: 'a variable of the wrong type', body: { query: 'query cop($id: ID!) { case(id: $id) { id } }', variables: { id: { $ne: null } } } },
    { kind: 'an unknown operation name', body: { query: 'query cop { __typename }', operationName: 'other' } },
    { kind: 'a subscription', body: { query: 'subscription cop { __typename }' } },
    { kind: 'broken JSON', body: '{"query": "query cop { __typename }"' },
    { kind: 'an empty body', body: '' },
  ];

  it.each(BROKEN)('answers $kind at the gateway with a documented code and no stack, SQL or address', async ({ body }) => {
    const answer = await send(stack, 'gateway', 'le-investigator', { body, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBeLessThan(500);
    expectSafeErrors(stack, answer, ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);
  });

  it.each(BROKEN)('answers $kind at every subgraph with a documented code and no stack, SQL or address', async ({ body }) => {
    for (const target of SUBGRAPH_TARGETS) {
      const answer = await send(stack, target, MEMBER_OF[target], { body, headers: { 'content-type': 'application/json' } });
      expect(answer.status, `${target}: ${answer.text}`).toBeLessThan(500);
      expectSafeErrors(stack, answer, ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);
    }
  });

  it.each(SUBGRAPH_TARGETS)('answers a hand-made _entities call for an unknown type at %s with a masked error and its request id', async (target) => {
    const answer = await operation(stack, target, MEMBER_OF[target], 'query cop { _entities(representations: [{ __typename: "Nope", id: "1" }]) { __typename } }');
    expectSafeErrors(stack, answer, ['INTERNAL_SERVER_ERROR', 'BAD_USER_INPUT', 'FORBIDDEN']);
    expect(leaksIn(stack, answer.text)).toEqual([]);
    expect(answer.text).not.toContain('Nope');
  });
});
