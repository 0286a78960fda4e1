import { readFileSync } from 'node:fs';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSubgraphSdls, composeSupergraph } from '../cli/compose/compose-supergraph.js';

const committed = readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');

describe('the committed supergraph', () => {
  it('is exactly what `npx beacon compose` writes from the subgraphs today', async () => {
    const fresh = composeSupergraph(await buildSubgraphSdls());
    expect(fresh, 'supergraph.graphql is stale: run `npx beacon compose` and commit it').toBe(committed);
  });

  it('also composes with @apollo/composition, with the same types and fields', async () => {
    const subgraphs = await buildSubgraphSdls();
    const result = composeWithApollo(
      subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
    );
    expect(result.errors ?? []).toEqual([]);
    const apollo = parse(result.supergraphSdl as string);
    const ours = parse(committed);
    const fieldsOf = (document: ReturnType<typeof parse>) =>
      document.definitions
        .flatMap((definition) =>
          'fields' in definition && definition.fields && 'name' in definition && definition.name
            ? definition.fields.map((field) => `${definition.name!.value}.${field.name.value}`)
            : [],
        )
        .filter((path) => !path.startsWith('join__') && !path.startsWith('link__'))
        .sort();
    expect(fieldsOf(apollo)).toEqual(fieldsOf(ours));
  });
});
