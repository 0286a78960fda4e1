import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../sdk/api-schema.js';
import { undescribed } from './support/undescribed.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe("the schema's descriptions", () => {
  it('names every undescribed type, field, argument and enum value', () => {
    const schema = buildSchema('"""Described."""\ntype Query { a(x: Int): E }\nenum E { ONE }');
    expect(undescribed(schema)).toEqual(['E', 'E.ONE', 'Query.a', 'Query.a(x:)']);
  });

  it('describe every type, field, argument and enum value of the composed supergraph', () => {
    expect(undescribed(buildApiSchema(read('supergraph.graphql'))), 'add a `description:` to each of these in its subgraph').toEqual([]);
  });

  it('describe every type, field, argument and enum value of sdk/schema.graphql', () => {
    expect(undescribed(buildSchema(read('sdk/schema.graphql'))), 'add a `description:` to each, then `npm run codegen`').toEqual([]);
  });
});
