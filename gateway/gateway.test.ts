import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BETA_SDL, expectMaskedUnavailable, startSubgraph, useGatewayTestBed } from './gateway.harness.js';
import type { Gateway } from './index.js';

const bed = useGatewayTestBed();

describe('gateway with both subgraphs up', () => {
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    gateway = bed.startGateway();
    ({ url } = await gateway.listen(0, '127.0.0.1'));
  });
  afterAll(() => gateway?.close());

  it('answers 401 UNAUTHENTICATED without a token and never calls a subgraph', async () => {
    const { response, body } = await bed.postThings(url, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(body.data).toBeUndefined();
    expect(bed.alpha.received).toHaveLength(0);
    expect(bed.beta.received).toHaveLength(0);
  });

  it('answers 401 to a token signed by an untrusted key, logging the reason but not sending it', async () => {
    const { response, body } = await bed.postThings(url, bed.bearer(bed.issuer.forgedToken()));
    expect(response.status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(body)).not.toMatch(/signature/i);
    expect(bed.logLines.join('')).toMatch(/signature/i);
    expect(bed.alpha.received).toHaveLength(0);
  });

  it('joins both subgraphs for a valid token and forwards its Authorization header to each', async () => {
    const token = bed.issuer.token();
    const { response, body } = await bed.postThings(url, {
      ...bed.bearer(token),
      'x-beacon-purpose': 'analysis',
      'x-beacon-justification': 'case 42',
    });
    expect(response.status).toBe(200);
    expect(body).toEqual({
      data: { things: [{ id: '1', name: 'one', score: 10 }, { id: '2', name: 'two', score: 20 }] },
    });
    for (const subgraph of [bed.alpha, bed.beta]) {
      expect(subgraph.received).toHaveLength(1);
      expect(subgraph.received[0]).toMatchObject({
        authorization: `Bearer ${token}`,
        'x-beacon-purpose': 'analysis',
        'x-beacon-justification': 'case 42',
      });
    }
  });

  it('generates a request id when the client sends none, echoes it and passes it to subgraphs', async () => {
    const { response } = await bed.postThings(url, bed.bearer());
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bed.alpha.received[0]?.['x-request-id']).toBe(requestId);
    expect(bed.beta.received[0]?.['x-request-id']).toBe(requestId);
  });

  it("keeps a well-formed client request id and replaces one that is not", async () => {
    const kept = await bed.postThings(url, { ...bed.bearer(), 'x-request-id': 'client-id-1' });
    expect(kept.response.headers.get('x-request-id')).toBe('client-id-1');
    expect(bed.alpha.received[0]?.['x-request-id']).toBe('client-id-1');
    const replaced = await bed.postThings(url, { ...bed.bearer(), 'x-request-id': 'a b'.repeat(100) });
    expect(replaced.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a self-contained explorer that loads no script or style from another host', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('"endpoint":"/graphql"');
    // A stranger may load the page, but it carries no schema: that comes from authenticated introspection.
    // (GraphiQL's own code mentions `__schema`; the served graph's types and fields never appear.)
    expect(html).not.toMatch(/\bThing\b|\bthings\b|join__Graph/);
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });

  it('reports health and readiness, publishes the JWKS, answers 404 JSON elsewhere and 405 to GET /graphql', async () => {
    const health = await fetch(`${url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect(await (await fetch(`${url}/.well-known/jwks.json`)).json()).toEqual({ keys: [] });
    const missing = await fetch(`${url}/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const get = await fetch(`${url}/graphql`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await get.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('gateway when a subgraph stops', () => {
  it("returns the other subgraph's data and a masked SUBGRAPH_UNAVAILABLE error once a subgraph stops", async () => {
    const betaReplica = await startSubgraph(BETA_SDL, {
      Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, score: 7 }) },
    });
    const port = Number(new URL(betaReplica.url).port);
    const gateway = bed.startGateway({ subgraphUrls: { beta: betaReplica.url } });
    try {
      const { url } = await gateway.listen(0, '127.0.0.1');
      const headers = bed.bearer();
      const before = await bed.postThings(url, headers);
      expect(before.body.data?.things?.[0]).toEqual({ id: '1', name: 'one', score: 7 });
      expect(bed.beta.received).toHaveLength(0);

      await betaReplica.stop();
      const { response, body } = await bed.postThings(url, headers);
      expect(response.status).toBe(200);
      expect(body.data).toEqual({
        things: [{ id: '1', name: 'one', score: null }, { id: '2', name: 'two', score: null }],
      });
      expectMaskedUnavailable(body.errors, port);
    } finally {
      await gateway.close();
      await betaReplica.stop();
    }
  });
});
