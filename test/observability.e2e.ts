import { request } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, postGraphQL, useGatewayTestBed } from '../gateway/gateway.harness.js';
import type { Gateway } from '../gateway/index.js';
import { createSubgraphServer, type SubgraphServer } from '../shared/subgraph-kit/index.js';

/*
 * Observability (issue 6, item 8): one request id from the client through the gateway to a
 * subgraph built by Beacon's kit, in both services' logs; Prometheus metrics on their own
 * listener, never on the public port.
 */

const bed = useGatewayTestBed();
const HELLO_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { hello: String }
`;
const subgraphLog: string[] = [];
let subgraph: SubgraphServer;
let gateway: Gateway;
let url: string;
let metricsUrl: string;

beforeAll(async () => {
  subgraph = createSubgraphServer({
    name: 'hello',
    schema: buildSubgraphSchema({ typeDefs: parse(HELLO_SDL), resolvers: { Query: { hello: () => 'world' } } }),
    verifier: bed.issuer.verifier,
    logger: pino({ level: 'info' }, { write: (line: string) => void subgraphLog.push(line) }),
    isReady: async () => true,
  });
  const { url: subgraphUrl } = await subgraph.listen(0);
  gateway = bed.startGateway({
    supergraphSdl: composeSupergraph([{ name: 'hello', sdl: HELLO_SDL, url: subgraphUrl }]),
    logLevel: 'info',
    metricsServer: { port: 0, token: 'scrape-secret' },
    rateLimit: { userBurst: 3, userPerMinute: 1 },
  });
  ({ url, metricsUrl } = (await gateway.listen(0, '127.0.0.1')) as { url: string; metricsUrl: string });
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
});

/** Parsed log lines that carry `requestId`. */
function linesOf(log: readonly string[], requestId: string): Array<Record<string, unknown>> {
  return log.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.requestId === requestId);
}

describe('one request id', () => {
  it("keeps the client's id: in the response, the gateway's log and the subgraph's log", async () => {
    const { response, body } = await postGraphQL(url, { ...bed.bearer(), 'x-request-id': 'partner-tool:42' }, 'query Hello { hello }');
    expect(body).toEqual({ data: { hello: 'world' } });
    expect(response.headers.get('x-request-id')).toBe('partner-tool:42');

    const gatewayLines = linesOf(bed.logLines, 'partner-tool:42');
    expect(gatewayLines).toContainEqual(expect.objectContaining({ msg: 'request handled', path: '/graphql', status: 200 }));
    const subgraphLines = linesOf(subgraphLog, 'partner-tool:42');
    expect(subgraphLines).toContainEqual(expect.objectContaining({ msg: 'request handled', path: '/graphql', status: 200 }));
  });

  it('generates one when the client sends none (or a malformed one) and uses it everywhere', async () => {
    const { response } = await postGraphQL(url, { ...bed.bearer(), 'x-request-id': `two words ${'x'.repeat(200)}` }, '{ hello }');
    const requestId = response.headers.get('x-request-id') as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(bed.logLines, requestId)).not.toHaveLength(0);
    expect(linesOf(subgraphLog, requestId)).not.toHaveLength(0);
  });

  it('logs a refused token under the request id, with the reason the caller is not told', async () => {
    const { response, body } = await postGraphQL(url, { ...bed.bearer(bed.issuer.forgedToken()), 'x-request-id': 'forged-1' }, '{ hello }');
    expect(response.status).toBe(401);
    const [line] = linesOf(bed.logLines, 'forged-1').filter((entry) => entry.msg === 'rejected a request before planning');
    expect(line?.reason).toEqual(expect.stringMatching(/signature/));
    expect(JSON.stringify(body)).not.toContain(line?.reason as string);
  });
});

describe('/metrics', () => {
  it('is not served on the public port, to anyone', async () => {
    const stranger = await fetch(`${url}/metrics`);
    expect(stranger.status).toBe(404);
    const member = await fetch(`${url}/metrics`, { headers: bed.bearer() });
    expect(member.status).toBe(404);
    expect(await member.text()).not.toContain('beacon_gateway');
  });

  it('asks for the metrics token on its own port', async () => {
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer wrong-secret!' } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer scrape-secret' } })).status).toBe(200);
  });

  it('reports operations by name, subgraph calls, errors by code, rate-limit hits and breaker state', async () => {
    const tokenOfOwnUser = bed.issuer.token({ sub: 'metrics-user' });
    await postGraphQL(url, bed.bearer(tokenOfOwnUser), 'query Greeting { hello }');
    await postGraphQL(url, {}, '{ hello }');
    for (let i = 0; i < 3; i += 1) await postGraphQL(url, bed.bearer(tokenOfOwnUser), 'query Greeting { hello }');

    const response = await fetch(metricsUrl, { headers: { authorization: 'Bearer scrape-secret' } });
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/beacon_gateway_operation_duration_seconds_count\{operation="Greeting",type="query"\} 3/);
    expect(text).toMatch(/beacon_gateway_operation_duration_seconds_bucket\{le="0.5",operation="Greeting",type="query"\} \d/);
    expect(text).toMatch(/beacon_gateway_subgraph_request_duration_seconds_count\{subgraph="hello",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/beacon_gateway_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/beacon_gateway_errors_total\{code="RATE_LIMITED"\} 1/);
    expect(text).toMatch(/beacon_gateway_rate_limited_total 1/);
    expect(text).toMatch(/beacon_gateway_subgraph_breaker_state\{subgraph="hello"\} 0/);
    expect(text).toMatch(/beacon_gateway_http_requests_total\{route="\/graphql",status="429"\} 1/);
  });
});

describe('health and readiness', () => {
  it('answers a request target no URL parser accepts with 404, and keeps serving', async () => {
    const { port } = new URL(url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '//', method: 'GET' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(404);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });


  it('reports live on /health and ready (supergraph loaded, not draining) on /ready', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
