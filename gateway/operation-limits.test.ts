import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { postGraphQL, useGatewayTestBed } from './gateway.harness.js';
import type { GatewayLimits } from './index.js';

const bed = useGatewayTestBed();

/** Runs `test` against a gateway whose limits are the defaults but for `limits`. */
async function withGateway(limits: Partial<GatewayLimits>, test: (url: string) => Promise<void>) {
  const gateway = bed.startGateway({ limits });
  try {
    const { url } = await gateway.listen(0, '127.0.0.1');
    await test(url);
  } finally {
    await gateway.close();
  }
}

/** Accepting GraphQL over HTTP's own media type, a refused operation gets 400 (with JSON, 200). */
const SPEC_ACCEPT = { accept: 'application/graphql-response+json' };

async function expectRefused(url: string, query: string, code: string, limit: number) {
  const { response, body } = await postGraphQL(url, { ...bed.bearer(), ...SPEC_ACCEPT }, query);
  expect(response.status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code, limit } }]);
  expect(bed.alpha.received).toHaveLength(0);
  expect(bed.beta.received).toHaveLength(0);
}

describe('operation limits, enforced before any subgraph is called', () => {
  it('answers an operation within the default limits', async () => {
    await withGateway({}, async (url) => {
      const { response, body } = await bed.postThings(url, bed.bearer());
      expect(response.status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  it('refuses an operation nested deeper than maxDepth with DEPTH_LIMIT_EXCEEDED', async () => {
    await withGateway({ maxDepth: 1 }, (url) => expectRefused(url, '{ things { id } }', 'DEPTH_LIMIT_EXCEEDED', 1));
  });

  it('counts aliases of __typename towards maxAliases (ALIAS_LIMIT_EXCEEDED)', async () => {
    await withGateway({ maxAliases: 2 }, (url) =>
      expectRefused(url, '{ a: __typename b: __typename c: __typename }', 'ALIAS_LIMIT_EXCEEDED', 2),
    );
  });

  it('refuses a document with more than maxTokens tokens (TOKEN_LIMIT_EXCEEDED)', async () => {
    await withGateway({ maxTokens: 20 }, (url) =>
      expectRefused(url, `{ ${'__typename '.repeat(30)}}`, 'TOKEN_LIMIT_EXCEEDED', 20),
    );
  });

  it('refuses a document longer than maxCharacters (CHARACTER_LIMIT_EXCEEDED)', async () => {
    await withGateway({ maxCharacters: 50 }, (url) =>
      expectRefused(url, `{ things { id } } # ${'x'.repeat(100)}`, 'CHARACTER_LIMIT_EXCEEDED', 50),
    );
  });

  it('refuses an operation with more than maxDirectives directives (DIRECTIVE_LIMIT_EXCEEDED)', async () => {
    await withGateway({ maxDirectives: 2 }, (url) =>
      expectRefused(
        url,
        '{ things @include(if: true) { id @skip(if: false) name @include(if: true) } }',
        'DIRECTIVE_LIMIT_EXCEEDED',
        2,
      ),
    );
  });

  it('prices a list at its assumed size and refuses an operation over maxCost (COST_LIMIT_EXCEEDED)', async () => {
    await withGateway({ maxCost: 15, assumedListSize: 10 }, async (url) => {
      expect((await postGraphQL(url, bed.bearer(), '{ things { id } }')).response.status).toBe(200);
      bed.alpha.received.length = 0;
      await expectRefused(url, '{ things { id } again: things { name } }', 'COST_LIMIT_EXCEEDED', 15);
    });
  });

  it("refuses circular introspection but answers GraphiQL's own introspection query", async () => {
    await withGateway({}, async (url) => {
      const circular = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
      await expectRefused(url, circular, 'INTROSPECTION_DEPTH_EXCEEDED', 3);
      const { response, body } = await postGraphQL(url, bed.bearer(), getIntrospectionQuery());
      expect(response.status).toBe(200);
      expect(body.data?.__schema?.queryType).toMatchObject({ name: 'Query' });
    });
  });

  it('never suggests field names in a validation error', async () => {
    await withGateway({}, async (url) => {
      for (const query of ['{ thing { id } }', '{ things { nam } }', '{ things(firts: 1) { id } }']) {
        const { response, body } = await postGraphQL(url, { ...bed.bearer(), ...SPEC_ACCEPT }, query);
        expect(response.status).toBe(400);
        expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
      }
    });
  });
});
