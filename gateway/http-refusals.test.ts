import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGatewayTestBed } from './gateway.harness.js';
import type { Gateway } from './index.js';

const bed = useGatewayTestBed();
const MAX_BODY_BYTES = 2_000;

describe('requests the gateway refuses before reading an operation', () => {
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    gateway = bed.startGateway({ limits: { maxBodyBytes: MAX_BODY_BYTES } });
    ({ url } = await gateway.listen(0, '127.0.0.1'));
  });
  afterAll(() => gateway?.close());

  async function post(body: BodyInit, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bed.bearer(), ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: response.status, headers: response.headers, body: (await response.json()) as { errors?: any[] } };
  }

  function expectNoSubgraphCall() {
    expect(bed.alpha.received).toHaveLength(0);
    expect(bed.beta.received).toHaveLength(0);
  }

  it('refuses a body over maxBodyBytes with 413 PAYLOAD_TOO_LARGE, whether declared or streamed', async () => {
    const query = JSON.stringify({ query: `{ things { id } } # ${'x'.repeat(MAX_BODY_BYTES)}` });
    const declared = await post(query);
    const streamed = await post(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(query));
          controller.close();
        },
      }),
    );
    for (const refused of [declared, streamed]) {
      expect(refused.status).toBe(413);
      expect(refused.body.errors).toEqual([
        { message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: MAX_BODY_BYTES } },
      ]);
    }
    expectNoSubgraphCall();
  });

  it('refuses a batch (a JSON array of operations) with 400 BATCHING_NOT_ALLOWED', async () => {
    const refused = await post(JSON.stringify([{ query: '{ things { id } }' }, { query: '{ things { name } }' }]));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'BATCHING_NOT_ALLOWED' });
    expectNoSubgraphCall();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql'])(
    'refuses a %s body, which a cross-site form could send, with 415 UNSUPPORTED_MEDIA_TYPE',
    async (contentType) => {
      const refused = await post(JSON.stringify({ query: '{ things { id } }' }), { 'content-type': contentType });
      expect(refused.status).toBe(415);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE' });
      expectNoSubgraphCall();
    },
  );

  it('accepts application/json with a charset', async () => {
    const accepted = await post(JSON.stringify({ query: '{ things { id } }' }), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(accepted.status).toBe(200);
  });

  it('refuses a body that is not JSON, or not a JSON object, with 400 BAD_REQUEST', async () => {
    for (const body of ['{ things { id } }', '"{ things { id } }"', '']) {
      const refused = await post(body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    }
    expectNoSubgraphCall();
  });

  it('refuses a mutation sent with GET, with 405 METHOD_NOT_ALLOWED', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('mutation { things { id } }')}`, {
      headers: bed.bearer(),
    });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
    expect(((await response.json()) as { errors: any[] }).errors[0].extensions).toEqual({ code: 'METHOD_NOT_ALLOWED' });
    expectNoSubgraphCall();
  });
});
