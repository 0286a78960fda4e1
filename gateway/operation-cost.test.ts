import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost, useOperationCost } from './operation-cost.js';

const schema = buildSchema(/* GraphQL */ `
  type Query { people(first: Int = 20): [Person!]! person(id: ID!): Person cases(first: Int, after: String): CaseConnection }
  type CaseConnection { edges: [CaseEdge!]! nodes: [Case!]! pageInfo: PageInfo! }
  type CaseEdge { cursor: String! node: Case! }
  type Case { id: ID! people(first: Int): [Person!]! }
  type PageInfo { hasNextPage: Boolean! }
  type Person { id: ID! records(first: Int): [Record] consents: [Consent!] }
  type Record { id: ID! }
  type Consent { sector: String }
`);
const options = { assumedListSize: 10, pageSizeArgument: 'first', stopAbove: Number.MAX_SAFE_INTEGER };

function cost(query: string, variables: Record<string, unknown> = {}) {
  return operationCost(schema, parse(query), undefined, variables, options);
}

describe('operationCost', () => {
  it('prices one object at 1 and scalars at nothing', () => {
    expect(cost('{ person(id: "1") { id } }')).toBe(1);
  });

  it("weights a list by its `first` argument, its variable, or the schema's default", () => {
    expect(cost('{ people(first: 100) { id } }')).toBe(100);
    expect(cost('query ($n: Int) { people(first: $n) { id } }', { n: 7 })).toBe(7);
    expect(cost('{ people { id } }')).toBe(20);
  });

  it('multiplies nested lists, assuming a size for lists without a page size', () => {
    // 5 people × (1 + 3 records + 10 assumed consents)
    expect(cost('{ people(first: 5) { records(first: 3) { id } consents { sector } } }')).toBe(5 * (1 + 3 + 10));
  });

  it('counts fragments and inline fragments, and does not price introspection', () => {
    const query = '{ people(first: 2) { ...P ... on Person { records(first: 4) { id } } } __schema { types { name } } } fragment P on Person { consents { sector } }';
    expect(cost(query)).toBe(2 * (1 + 10 + 4));
  });

  it("sizes a connection's edges and nodes by the connection's own `first`, not an assumed size", () => {
    // 1 connection + 1,000,000 × (1 edge + 1 node)
    expect(cost('{ cases(first: 1000000) { edges { node { id } } } }')).toBe(1 + 1_000_000 * 2);
    expect(cost('query ($n: Int) { cases(first: $n) { nodes { id } pageInfo { hasNextPage } } }', { n: 50 })).toBe(1 + 50 + 1);
    // Without `first`, the assumed size; a list below a node has its own page size again.
    expect(cost('{ cases { nodes { people(first: 2) { id } } } }')).toBe(1 + 10 * (1 + 2));
  });
});

describe('useOperationCost', () => {
  const document = parse('query ($n: Int) { people(first: $n) { id } }');
  const run = (plugin: ReturnType<typeof useOperationCost>, n: number) => {
    const refused: unknown[] = [];
    const onExecute = plugin.onExecute as (payload: unknown) => void;
    onExecute({ args: { schema, document, variableValues: { n } }, setResultAndStopExecution: (result: unknown) => refused.push(result) });
    return refused.length > 0;
  };

  it('prices a page size sent as a variable on every request, never from an earlier one', () => {
    const plugin = useOperationCost({ maxCost: 100, assumedListSize: 10 });
    expect(run(plugin, 5)).toBe(false);
    expect(run(plugin, 5000)).toBe(true);
    expect(run(plugin, 5)).toBe(false);
  });
});
