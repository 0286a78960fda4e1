import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../cli/compose/compose-supergraph.js';
import { FORWARDED_HEADERS, loadSupergraph } from '../gateway/index.js';
import { rustPlannerHandler } from '../gateway/query-planner.js';
import type { PersonaName } from '../shared/auth/index.js';
import { DEFAULT_HEADERS, SUPERGRAPH_PATH, startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * Hive Gateway's two query planners, side by side on the same supergraph and subgraphs: the JS
 * planner, and the Rust one (`@graphql-hive/router-runtime`) as Beacon's gateway runs it — its
 * results passed through GraphQL's null propagation (gateway/query-planner.ts). Each case sends
 * one operation to both. The cases are the ones whose nulls the rest of the suite pins through
 * the JS planner (thin-slice, access-matrix, partial-results), and the shape DESIGN.md recorded
 * the Rust planner getting wrong: a `[T!]!` list whose items error.
 *
 * What this pins (router-runtime 1.4.23, gateway-runtime 2.12.1). The data, every null included,
 * is the same from both. The raw Rust planner still answers `[null, null]` for a `[T!]!` whose
 * items lose a non-null field (pinned below: when an upgrade fixes it, the null-propagation step
 * may go). The errors differ — the same errors with the same codes, at other paths: the JS
 * planner leaves the index of a list of entities out of an error's path
 * (`people.0.survivors.givenName`), the Rust one keeps it (`people.0.survivors.0.givenName`, as
 * the spec asks); for an unavailable subgraph the JS planner points at the first item's field,
 * the Rust one at the list field with no index (`people.survivors`); and where one item's error
 * nulls a whole non-null list, the JS planner reports that one error, the Rust one each item's.
 */

/** `rust`: as Beacon's gateway runs it, null propagation included; `rust-raw`: the package alone. */
type Planner = 'js' | 'rust' | 'rust-raw';
const HANDLERS = { js: undefined, rust: rustPlannerHandler, 'rust-raw': unifiedGraphHandler } as const;

interface RunningGateway {
  readonly url: string;
  close(): Promise<void>;
}

/** A bare Hive runtime (no Beacon plugins, which do not depend on the planner) behind node:http. */
async function startRuntime(supergraph: DocumentNode, planner: Planner): Promise<RunningGateway> {
  const handler = HANDLERS[planner];
  const runtime: GatewayRuntime = createGatewayRuntime({
    supergraph,
    logging: false,
    ...(handler ? { unifiedGraphHandler: handler } : {}),
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        const headers: Record<string, string> = {};
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        return headers;
      },
    },
  });
  const server: Server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}

async function post(url: string, query: string, headers: Record<string, string>): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphQLResponse;
}

/** The data, and each error as `path code`, sorted. */
function comparable(body: GraphQLResponse) {
  const errors = (body.errors ?? [])
    .map((error) => `${(error.path ?? []).join('.')} ${String(error.extensions?.code ?? '')}`)
    .sort();
  return { data: body.data ?? null, errors };
}

/** `people.0.survivors.0.givenName FORBIDDEN` → `people.survivors.givenName FORBIDDEN`. */
function withoutIndices(errors: readonly string[]): string[] {
  return errors.map((error) => error.replace(/\.\d+(?=[. ])/g, '')).sort();
}

async function answersOf(gateways: Readonly<Record<'js' | 'rust', RunningGateway>>, query: string, headers: Record<string, string>) {
  const [js, rust] = await Promise.all([post(gateways.js.url, query, headers), post(gateways.rust.url, query, headers)]);
  return { js: comparable(js), rust: comparable(rust) };
}

const PERSONAS: PersonaName[] = ['le-investigator', 'ngo-caseworker', 'bank-compliance', 'hub-analyst'];

/** thin-slice.e2e.ts's query: each persona sees its own slice; denied fields are null with FORBIDDEN. */
const PERSON_QUERY = `{ people(minSectors: 2) {
  id
  personRecords { id category givenName familyName }
  survivors { id givenName familyName gender }
  accountHolders { id givenName familyName accountNumber }
  evidence { sector recordType matchedOn } } }`;
/** access-matrix.e2e.ts's fields, asked through the gateway: null-with-error and withheld records. */
const MATRIX_QUERY = `{ people(minSectors: 2) {
  id
  personRecords { id caseReference category givenName familyName dateOfBirth nationalities handlingCode owningAgency }
  survivors { id givenName familyName dateOfBirth gender citizenship owningOrganisation }
  accountHolders { id givenName familyName dateOfBirth nationality accountNumber owningInstitution } } }`;
/** partial-results.e2e.ts's query, asked once the NGO subgraph is down. */
const PARTIAL_QUERY = `{ people(minSectors: 2) { id personRecords { id givenName } survivors { id givenName } } }`;

describe('the Rust query planner beside the JS one, on the Beacon stack', () => {
  let stack: TestStack;
  let gateways: Record<'js' | 'rust', RunningGateway>;
  const headersOf = (persona: PersonaName) => ({ authorization: `Bearer ${stack.tokens[persona]}`, ...DEFAULT_HEADERS[persona] });

  beforeAll(async () => {
    stack = await startTestStack();
    const supergraph = loadSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'), stack.subgraphUrls);
    gateways = { js: await startRuntime(supergraph, 'js'), rust: await startRuntime(supergraph, 'rust') };
  });
  afterAll(async () => {
    await gateways?.js.close();
    await gateways?.rust.close();
    await stack?.stop();
  });

  it.each(PERSONAS)("answers thin-slice's linked-person query as %s with the JS planner's data and errors", async (persona) => {
    const { js, rust } = await answersOf(gateways, PERSON_QUERY, headersOf(persona));
    expect(js.data?.people).toHaveLength(1);
    expect(rust.data).toEqual(js.data);
    expect(withoutIndices(rust.errors)).toEqual(withoutIndices(js.errors));
  });

  it.each(PERSONAS)("answers access-matrix's fields as %s with the JS planner's data and errors", async (persona) => {
    const { js, rust } = await answersOf(gateways, MATRIX_QUERY, headersOf(persona));
    expect(js.data?.people).toHaveLength(1);
    expect(rust.data).toEqual(js.data);
    expect(withoutIndices(rust.errors)).toEqual(withoutIndices(js.errors));
  });

  it("names the record's index in a denied field's error path, which the JS planner leaves out", async () => {
    const { js, rust } = await answersOf(gateways, PERSON_QUERY, headersOf('bank-compliance'));
    expect(js.errors).toEqual(['people.0.survivors.familyName FORBIDDEN', 'people.0.survivors.givenName FORBIDDEN']);
    expect(rust.errors).toEqual(['people.0.survivors.0.familyName FORBIDDEN', 'people.0.survivors.0.givenName FORBIDDEN']);
  });

  // Last: they stop the NGO subgraph for good.
  it.each(PERSONAS)("answers with the NGO subgraph down, as %s, with the JS planner's data and error codes", async (persona) => {
    await stack.subgraphs.get('ngo')?.close();
    const { js, rust } = await answersOf(gateways, PARTIAL_QUERY, headersOf(persona));
    expect(js.errors.length).toBeGreaterThan(0);
    expect(rust.data).toEqual(js.data);
    const codes = (errors: readonly string[]) => errors.map((error) => error.split(' ')[1]).sort();
    expect(codes(rust.errors)).toEqual(codes(js.errors));
  });

  it("reports the unavailable NGO subgraph at the list field, where the JS planner names the first item's field", async () => {
    await stack.subgraphs.get('ngo')?.close();
    const { js, rust } = await answersOf(gateways, PARTIAL_QUERY, headersOf('le-investigator'));
    expect(js.errors).toEqual(['people.0.survivors.givenName INTERNAL_SERVER_ERROR']);
    expect(rust.errors).toEqual(['people.survivors INTERNAL_SERVER_ERROR']);
  });
});

/*
 * DESIGN.md's case in its smallest form, on two throwaway subgraphs: `people: [Person!]!` from one,
 * a non-null `name` on each Person from the other, which fails for every person. GraphQL's
 * null propagation makes each item null, so the non-null list, then `people`, then `data` null.
 */
const PEOPLE_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { people: [Person!]! maybePeople(first: Int): [Person] }
  type Person @key(fields: "id") { id: ID! }
`;
const NAMES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Person @key(fields: "id") { id: ID! name: String! nickname: String }
`;
const FAILING = () => {
  throw new Error('denied');
};

describe('the Rust query planner beside the JS one, on items of a non-null list that error', () => {
  const servers: ApolloServer[] = [];
  let gateways: Record<Planner, RunningGateway>;

  beforeAll(async () => {
    const people = [{ id: '1' }, { id: '2' }];
    const subgraphs = [
      {
        name: 'people',
        sdl: PEOPLE_SDL,
        resolvers: { Query: { people: () => people, maybePeople: () => people } },
      },
      {
        name: 'names',
        sdl: NAMES_SDL,
        resolvers: { Person: { __resolveReference: (ref: { id: string }) => ref, name: FAILING, nickname: FAILING } },
      },
    ];
    const started = [];
    for (const { name, sdl, resolvers } of subgraphs) {
      const server = new ApolloServer({
        schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
        plugins: [ApolloServerPluginInlineTraceDisabled()],
      });
      servers.push(server);
      const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
      started.push({ name, url, sdl });
    }
    const supergraph = parse(composeSupergraph(started));
    gateways = {
      js: await startRuntime(supergraph, 'js'),
      rust: await startRuntime(supergraph, 'rust'),
      'rust-raw': await startRuntime(supergraph, 'rust-raw'),
    };
  });
  afterAll(async () => {
    await gateways?.js.close();
    await gateways?.rust.close();
    await gateways?.['rust-raw'].close();
    for (const server of servers) await server.stop();
  });

  it('nulls data for a `[Person!]!` whose items lose a non-null field, as the JS planner and the spec do, keeping each item’s error', async () => {
    const { js, rust } = await answersOf(gateways, '{ people { id name } }', {});
    expect(js.data).toBeNull();
    expect(rust.data).toBeNull();
    // graphql-js stops at the first item's error (the list is null already); the others are kept here.
    expect(js.errors).toEqual(['people.name INTERNAL_SERVER_ERROR']);
    expect(rust.errors).toEqual(['people.0.name INTERNAL_SERVER_ERROR', 'people.1.name INTERNAL_SERVER_ERROR']);
  });

  it('still gets `[null, null]` from the Rust planner package alone: the null-propagation step is what corrects it', async () => {
    const raw = comparable(await post(gateways['rust-raw'].url, '{ people { id name } }', {}));
    expect(raw.data).toEqual({ people: [null, null] });
  });

  it('refuses a variable that does not fit its type as a request error, 400 and no data, as the JS planner does', async () => {
    const send = async (planner: Planner) => {
      const response = await fetch(gateways[planner].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($n: Int) { maybePeople(first: $n) { id } }', variables: { n: 'many' } }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    };
    const [js, rust] = await Promise.all([send('js'), send('rust')]);
    expect(js.status).toBe(400);
    expect(rust.status).toBe(400);
    expect(rust.body.data).toBeUndefined();
    expect(rust.body.errors?.map((error) => error.message)).toEqual(js.body.errors?.map((error) => error.message));
  });

  it('nulls only the errored nullable field of each item, as the JS planner does', async () => {
    const { js, rust } = await answersOf(gateways, '{ people { id nickname } }', {});
    expect(js.data).toEqual({ people: [{ id: '1', nickname: null }, { id: '2', nickname: null }] });
    expect(rust.data).toEqual(js.data);
    expect(withoutIndices(rust.errors)).toEqual(withoutIndices(js.errors));
  });

  it('nulls each item of a `[Person]` whose non-null field errors, as the JS planner does', async () => {
    const { js, rust } = await answersOf(gateways, '{ maybePeople { id name } }', {});
    expect(js.data).toEqual({ maybePeople: [null, null] });
    expect(rust.data).toEqual(js.data);
    expect(withoutIndices(rust.errors)).toEqual(withoutIndices(js.errors));
  });
});
