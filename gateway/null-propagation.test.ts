import { buildSchema, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { propagateNulls } from './null-propagation.js';

const SCHEMA = buildSchema(/* GraphQL */ `
  type Query {
    people: [Person!]!
    maybePeople: [Person]
    somePeople: [Person!]
    person: Person!
    maybePerson: Person
    node: Node
    matrix: [[Person!]!]
  }
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String! nickname: String friend: Person! }
`);

function run(query: string, result: ExecutionResult, operationName?: string) {
  return propagateNulls(SCHEMA, parse(query), operationName, {}, { ...result, data: structuredClone(result.data) });
}

const denied = (...path: Array<string | number>) => new GraphQLError('denied', { path, extensions: { code: 'FORBIDDEN' } });
const pathsOf = (result: ExecutionResult) => (result.errors ?? []).map((error) => error.path?.join('.'));

describe('propagateNulls', () => {
  it('nulls data when an item of a non-null list of non-null items is null, keeping every error', () => {
    const result = run('{ people { id name } }', {
      data: { people: [null, null] },
      errors: [denied('people', 0, 'name'), denied('people', 1, 'name')],
    });
    expect(result.data).toBeNull();
    expect(pathsOf(result)).toEqual(['people.0.name', 'people.1.name']);
  });

  it('nulls only the list when the list itself is nullable', () => {
    const result = run('{ somePeople { id } maybePerson { id } }', {
      data: { somePeople: [{ id: '1' }, null], maybePerson: { id: '2' } },
      errors: [denied('somePeople', 1, 'id')],
    });
    expect(result.data).toEqual({ somePeople: null, maybePerson: { id: '2' } });
  });

  it('leaves null items of a list of nullable items as they are', () => {
    const answer = { data: { maybePeople: [null, { id: '2', name: 'B' }] }, errors: [denied('maybePeople', 0, 'name')] };
    expect(run('{ maybePeople { id name } }', answer)).toEqual(answer);
  });

  it('nulls an object whose non-null field is null, up to its nearest nullable parent', () => {
    const result = run('{ maybePerson { id friend { id name } } }', {
      data: { maybePerson: { id: '1', friend: { id: '2', name: null } } },
      errors: [denied('maybePerson', 'friend', 'name')],
    });
    expect(result.data).toEqual({ maybePerson: null });
  });

  it('propagates through nested non-null lists to the nullable outer list', () => {
    const result = run('{ matrix { id } }', { data: { matrix: [[{ id: '1' }], [null]] }, errors: [denied('matrix', 1, 0)] });
    expect(result.data).toEqual({ matrix: null });
  });

  it('finds non-null fields under aliases, inline fragments and named fragments', () => {
    const query = `{ node { ... on Person { ...Names } } who: maybePerson { n: name } }
      fragment Names on Person { name }`;
    const result = run(query, { data: { node: { name: null }, who: { n: 'A' } }, errors: [denied('node', 'name')] });
    expect(result.data).toEqual({ node: null, who: { n: 'A' } });
  });

  it('uses the named operation of a document with several', () => {
    const query = 'query A { maybePeople { name } } query B { people { name } }';
    const answer = { data: { people: [null] }, errors: [denied('people', 0, 'name')] };
    expect(run(query, answer, 'B').data).toBeNull();
  });

  it('adds the error graphql-js would raise for a null that no error accounts for', () => {
    const result = run('{ maybePerson { id name } }', { data: { maybePerson: { id: '1', name: null } } });
    expect(result.data).toEqual({ maybePerson: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe('Cannot return null for non-nullable field Person.name.');
    expect(result.errors?.[0]?.path).toEqual(['maybePerson', 'name']);
    expect(result.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('gives an executed operation whose every call failed its data: its root fields null, skipped ones left out', () => {
    const failed = new GraphQLError('A subgraph did not answer.', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    const query = 'query ($no: Boolean!) { maybePerson { id } twice: maybePerson @include(if: $no) { id } __typename }';
    const result = propagateNulls(SCHEMA, parse(query), undefined, { no: false }, { errors: [failed] });
    expect(result.data).toEqual({ maybePerson: null, __typename: 'Query' });
    expect(result.errors).toEqual([failed]);
    expect(propagateNulls(SCHEMA, parse('{ person { id } }'), undefined, {}, { errors: [failed] })).toEqual({ data: null, errors: [failed] });
  });

  it('returns a result with no misplaced null unchanged', () => {
    const answer: ExecutionResult = { data: { people: [{ id: '1', name: 'A', nickname: null }] } };
    const result = propagateNulls(SCHEMA, parse('{ people { id name nickname } }'), undefined, {}, answer);
    expect(result).toBe(answer);
  });
});
