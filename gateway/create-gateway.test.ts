import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALPHA_SDL, BETA_SDL, composeSupergraph } from './gateway.harness.js';
import { createGateway, listSubgraphs, loadSupergraph, type GatewayOptions } from './index.js';

const supergraphSdl = composeSupergraph([
  { name: 'alpha', sdl: ALPHA_SDL, url: 'http://alpha.internal:4001/graphql' },
  { name: 'beta', sdl: BETA_SDL, url: 'http://beta.internal:4002/graphql' },
]);
// Construction never verifies a token; a verifier that would fail loudly proves it.
const verifier: GatewayOptions['verifier'] = {
  verify: () => Promise.reject(new Error('not called')),
  verifyAuthorization: () => Promise.reject(new Error('not called')),
};

function create(options: Partial<GatewayOptions>) {
  return createGateway({ supergraphSdl, verifier, ...options });
}

describe('loadSupergraph', () => {
  it('points overridden subgraphs at their new URL and leaves the others alone', () => {
    const document = loadSupergraph(supergraphSdl, { beta: 'http://127.0.0.1:9/graphql' });
    expect(listSubgraphs(document)).toEqual([
      { name: 'alpha', url: 'http://alpha.internal:4001/graphql' },
      { name: 'beta', url: 'http://127.0.0.1:9/graphql' },
    ]);
  });
});

describe('createGateway option checks', () => {
  it('rejects a URL override for a subgraph the supergraph does not have', () => {
    expect(() => create({ subgraphUrls: { gamma: 'http://127.0.0.1:1/graphql' } })).toThrow(/gamma/);
  });

  it('rejects a URL override that is not http(s)', () => {
    expect(() => create({ subgraphUrls: { beta: 'beta.internal:4002' } })).toThrow(/beta/);
  });

  it('rejects a timeout that is not a positive whole number of milliseconds', () => {
    expect(() => create({ subgraphTimeoutMs: 0 })).toThrow(/subgraphTimeoutMs/);
  });

  it('refuses to publish a JWKS that carries a private key', () => {
    const privateJwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    expect(() => create({ jwks: { keys: [privateJwk] } })).toThrow(/private/);
  });

  it('closes cleanly even if it never listened', async () => {
    await expect(create({}).close()).resolves.toBeUndefined();
  });
});
