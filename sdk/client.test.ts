import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BeaconAuthError, BeaconResponseError, createBeaconClient, MySurvivorsDocument } from './index.js';

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

interface Seen {
  headers: IncomingHttpHeaders;
  body: unknown;
}

describe('createBeaconClient', () => {
  let server: Server;
  let url: string;
  let answer: Answer;
  let seen: Seen | undefined;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
        res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  beforeEach(() => {
    seen = undefined;
    answer = graphqlAnswer(200, { data: { survivors: [] } });
  });

  it('POSTs the operation with the bearer token, purpose and justification', async () => {
    const client = createBeaconClient({ url, token: 't0k3n', purpose: 'victim-support', justification: 'case 42' });

    const result = await client.request(MySurvivorsDocument, { first: 5 });

    expect(result).toEqual({ data: { survivors: [] }, errors: [] });
    expect(seen?.headers.authorization).toBe('Bearer t0k3n');
    expect(seen?.headers['x-beacon-purpose']).toBe('victim-support');
    expect(seen?.headers['x-beacon-justification']).toBe('case 42');
    expect(seen?.body).toMatchObject({ operationName: 'MySurvivors', variables: { first: 5 } });
    expect((seen?.body as { query: string }).query).toContain('survivors(first: $first)');
  });

  it('takes a fresh token from a provider and lets a request override the justification', async () => {
    let calls = 0;
    const client = createBeaconClient({ url, token: () => `token-${++calls}`, justification: 'default' });

    await client.request(MySurvivorsDocument, { first: 1 }, { justification: 'case 7' });

    expect(seen?.headers.authorization).toBe('Bearer token-1');
    expect(seen?.headers['x-beacon-justification']).toBe('case 7');
    expect(seen?.headers['x-beacon-purpose']).toBeUndefined();
  });

  it('returns partial data with every error and its code', async () => {
    answer = graphqlAnswer(200, {
      data: { survivors: [{ id: 's1', givenName: null }] },
      errors: [
        { message: 'Not allowed.', path: ['survivors', 0, 'givenName'], extensions: { code: 'FORBIDDEN' } },
        { message: 'No code here.' },
      ],
    });
    const client = createBeaconClient({ url, token: 't' });

    const { data, errors } = await client.request(MySurvivorsDocument, { first: 1 });

    expect(data?.survivors[0]?.id).toBe('s1');
    expect(errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', undefined]);
    expect(errors[0]?.path).toEqual(['survivors', 0, 'givenName']);
  });

  it('returns the errors of a GraphQL response sent with an error status', async () => {
    answer = graphqlAnswer(400, { errors: [{ message: 'Bad input.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const client = createBeaconClient({ url, token: 't' });

    const result = await client.request(MySurvivorsDocument, { first: 500 });

    expect(result.data).toBeNull();
    expect(result.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('throws BeaconAuthError on HTTP 401, telling the caller to get a fresh token', async () => {
    answer = graphqlAnswer(401, { errors: [{ message: 'Authentication required.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const client = createBeaconClient({ url, token: 'expired' });

    const request = client.request(MySurvivorsDocument, { first: 1 });

    await expect(request).rejects.toBeInstanceOf(BeaconAuthError);
    await expect(request).rejects.toThrow('token missing, expired or not trusted: get a fresh one');
  });

  it('throws BeaconResponseError when the answer is not a GraphQL response', async () => {
    answer = { status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' };
    const client = createBeaconClient({ url, token: 't' });

    await expect(client.request(MySurvivorsDocument, { first: 1 })).rejects.toMatchObject({
      name: 'BeaconResponseError',
      status: 502,
    });
    await expect(client.request(MySurvivorsDocument, { first: 1 })).rejects.toBeInstanceOf(BeaconResponseError);
  });

  it('refuses an empty token or a relative URL when created', () => {
    expect(() => createBeaconClient({ url, token: ' ' })).toThrow(/token is empty/);
    expect(() => createBeaconClient({ url: '/graphql', token: 't' })).toThrow(/not an absolute URL/);
  });
});

function graphqlAnswer(status: number, body: unknown): Answer {
  return { status, contentType: 'application/graphql-response+json', body: JSON.stringify(body) };
}
