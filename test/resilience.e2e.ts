import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BETA_SDL,
  composeSupergraph,
  expectMaskedUnavailable,
  postGraphQL,
  startSubgraph,
  THINGS_QUERY,
  useGatewayTestBed,
  ALPHA_SDL,
  type TestSubgraph,
} from '../gateway/gateway.harness.js';
import type { Gateway } from '../gateway/index.js';

/*
 * Subgraph calls that fail well (issue 6, item 7): a slow or dead subgraph costs the caller at
 * most its timeout and leaves the other subgraphs' data intact; after a few failures its breaker
 * opens and calls to it fail at once; it closes by itself once the subgraph answers again; a
 * mutation is never sent twice. And the gateway drains on SIGTERM.
 */

const bed = useGatewayTestBed();
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Mode = 'forward' | 'hang' | 'reset-once';

/** A subgraph's stand-in the test controls: forwards, hangs, resets a connection, or is not there. */
interface Upstream {
  readonly url: string;
  readonly port: number;
  mode: Mode;
  /** GraphQL requests that reached it. */
  hits: number;
  /** Stops listening (connections are refused) or listens again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
}

async function startUpstream(target: string): Promise<Upstream> {
  const sockets = new Set<Socket>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    upstream.hits += 1;
    if (upstream.mode === 'hang') return;
    if (upstream.mode === 'reset-once') {
      upstream.mode = 'forward';
      req.socket.destroy();
      return;
    }
    const forward = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  };
  let server: Server = createServer(handler);
  const listen = async (port: number) => {
    server = createServer(handler);
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  };
  const port = await listen(0);
  const upstream: Upstream = {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    mode: 'forward',
    hits: 0,
    async down() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    async up() {
      await listen(port);
    },
  };
  cleanups.push(() => (server.listening ? upstream.down() : Promise.resolve()));
  return upstream;
}

async function gatewayOver(options: Parameters<typeof bed.startGateway>[0]): Promise<{ gateway: Gateway; url: string }> {
  const gateway = bed.startGateway(options);
  cleanups.push(() => gateway.close());
  const { url } = await gateway.listen(0, '127.0.0.1');
  return { gateway, url };
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

async function breakerState(gateway: Gateway, subgraph: string): Promise<number | undefined> {
  const metric = await gateway.metrics.breakerState.get();
  return metric.values.find((value) => value.labels.subgraph === subgraph)?.value;
}

describe('a slow subgraph', () => {
  it('costs the caller its timeout, then gives partial data and a masked error', async () => {
    const beta = await startUpstream(bed.beta.url);
    beta.mode = 'hang';
    const { url } = await gatewayOver({ subgraphUrls: { beta: beta.url }, subgraphTimeouts: { beta: 400 }, subgraphTimeoutMs: 30_000 });

    const { result, ms } = await timed(() => bed.postThings(url, bed.bearer()));

    expect(result.response.status).toBe(200);
    expect(result.body.data.things).toEqual([
      { id: '1', name: 'one', score: null },
      { id: '2', name: 'two', score: null },
    ]);
    expectMaskedUnavailable(result.body.errors, beta.port);
    // The cause is in the gateway's log, under the request id the caller can quote.
    const requestId = result.response.headers.get('x-request-id');
    expect(bed.logLines.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({ msg: 'subgraph call failed', subgraph: 'beta', requestId }),
    );
    // The per-subgraph timeout (400 ms) applied, not the global one (30 s); generous for a busy machine.
    expect(ms).toBeGreaterThanOrEqual(380);
    expect(ms).toBeLessThan(5_000);
  });
});

describe("a subgraph's circuit breaker", () => {
  it('opens after repeated failures, fails fast without calling the subgraph, and closes by itself once it answers', async () => {
    const beta = await startUpstream(bed.beta.url);
    beta.mode = 'hang';
    const { gateway, url } = await gatewayOver({
      subgraphUrls: { beta: beta.url },
      subgraphTimeouts: { beta: 1_500 },
      breaker: { failureThreshold: 3, windowMs: 60_000, openMs: 2_000 },
    });

    for (let i = 0; i < 3; i += 1) {
      const { body } = await bed.postThings(url, bed.bearer());
      expectMaskedUnavailable(body.errors, beta.port);
    }
    expect(beta.hits).toBe(3);
    expect(await breakerState(gateway, 'beta')).toBe(2);

    // Open: the answer comes without waiting for the timeout and without a call to beta.
    const open = await timed(() => bed.postThings(url, bed.bearer()));
    expect(open.result.body.data.things[0]).toEqual({ id: '1', name: 'one', score: null });
    expectMaskedUnavailable(open.result.body.errors, beta.port);
    expect(open.ms).toBeLessThan(1_000);
    expect(beta.hits).toBe(3);

    beta.mode = 'forward';
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const recovered = await bed.postThings(url, bed.bearer());
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data.things).toEqual([
      { id: '1', name: 'one', score: 10 },
      { id: '2', name: 'two', score: 20 },
    ]);
    expect(await breakerState(gateway, 'beta')).toBe(0);
    const transitions = await gateway.metrics.breakerTransitions.get();
    expect(transitions.values.filter((value) => value.labels.subgraph === 'beta').map((value) => [value.labels.state, value.value])).toEqual([
      ['open', 1],
      ['half-open', 1],
      ['closed', 1],
    ]);
  });

  it('counts a subgraph that refuses connections, and re-opens when the probe fails', async () => {
    const beta = await startUpstream(bed.beta.url);
    await beta.down();
    const { gateway, url } = await gatewayOver({
      subgraphUrls: { beta: beta.url },
      breaker: { failureThreshold: 2, windowMs: 30_000, openMs: 500 },
    });
    for (let i = 0; i < 2; i += 1) expectMaskedUnavailable((await bed.postThings(url, bed.bearer())).body.errors, beta.port);
    expect(await breakerState(gateway, 'beta')).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 600));
    expectMaskedUnavailable((await bed.postThings(url, bed.bearer())).body.errors, beta.port);
    expect(await breakerState(gateway, 'beta')).toBe(2);

    await beta.up();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const { body } = await bed.postThings(url, bed.bearer());
    expect(body.errors).toBeUndefined();
    expect(body.data.things[1]).toEqual({ id: '2', name: 'two', score: 20 });
  });
});

const COUNTER_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { count: Int }
  type Mutation { bump: Int }
`;

describe('retries', () => {
  it('resends a query once when its connection is reset, but never a mutation', async () => {
    let count = 0;
    const counter: TestSubgraph = await startSubgraph(COUNTER_SDL, {
      Query: { count: () => count },
      Mutation: { bump: () => (count += 1) },
    });
    cleanups.push(() => counter.stop());
    const upstream = await startUpstream(counter.url);
    const supergraphSdl = composeSupergraph([{ name: 'counter', sdl: COUNTER_SDL, url: upstream.url }]);
    const { url } = await gatewayOver({ supergraphSdl });

    upstream.mode = 'reset-once';
    const headers = bed.bearer();
    const query = await postGraphQL(url, headers, '{ count }');
    expect(query.body).toEqual({ data: { count: 0 } });
    expect(upstream.hits).toBe(2);
    // The resent query still carries the caller's token, like the first attempt.
    expect(counter.received).toHaveLength(1);
    expect(counter.received[0]?.authorization).toBe(headers.authorization);

    upstream.mode = 'reset-once';
    upstream.hits = 0;
    const mutation = await postGraphQL(url, bed.bearer(), 'mutation { bump }');
    expect(mutation.body.data).toEqual({ bump: null });
    expect(mutation.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'counter' });
    expect(upstream.hits).toBe(1);
    expect(count).toBe(0);
  });
});

describe('graceful shutdown', () => {
  it('stops waiting for requests in flight after the drain timeout, and cuts them', async () => {
    const beta = await startUpstream(bed.beta.url);
    beta.mode = 'hang';
    const gateway = bed.startGateway({ subgraphUrls: { beta: beta.url }, subgraphTimeouts: { beta: 60_000 }, drainTimeoutMs: 300 });
    const { url } = await gateway.listen(0, '127.0.0.1');
    const inFlight = bed.postThings(url, bed.bearer()).then(
      () => 'answered',
      () => 'cut',
    );
    await waitFor(() => beta.hits === 1, 10_000, () => 'beta was never called');

    const { ms } = await timed(() => gateway.close());
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(5_000);
    expect(await inFlight).toBe('cut');
    expect(bed.logLines.some((line) => line.includes('drain timeout'))).toBe(true);
  });


  it('on SIGTERM answers the request in flight, refuses new connections, then exits 0', async () => {
    const beta = await startUpstream(bed.beta.url);
    beta.mode = 'hang';
    const folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-drain-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const supergraphPath = path.join(folder, 'supergraph.graphql');
    await writeFile(supergraphPath, composeSupergraph([
      { name: 'alpha', sdl: ALPHA_SDL, url: bed.alpha.url },
      { name: 'beta', sdl: BETA_SDL, url: beta.url },
    ]));
    const port = await freePort();
    const child = spawn(process.execPath, ['cli/bin.js', 'gateway'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: {
        ...process.env,
        BEACON_GATEWAY_PORT: String(port),
        BEACON_SUPERGRAPH: supergraphPath,
        BEACON_TRUSTED_ISSUERS: JSON.stringify([{ issuer: 'test-issuer', jwksFile: bed.issuer.jwksFile }]),
        BEACON_SUBGRAPH_TIMEOUT_MS: '2000',
        BEACON_METRICS_PORT: 'off',
        BEACON_LOG_LEVEL: 'warn',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Generous: tsx compiles the gateway on start, which takes tens of seconds on a loaded machine.
    await waitFor(() => output.includes('serving') || child.exitCode !== null, 120_000, () => output);
    expect(child.exitCode, output).toBeNull();
    const base = `http://127.0.0.1:${port}`;

    // beta hangs: this request is in flight until the 2 s subgraph timeout gives it partial data.
    const inFlight = bed.postThings(base, bed.bearer());
    await waitFor(() => beta.hits === 1, 5_000, () => output);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    await expect(fetch(`${base}/health`)).rejects.toThrow();
    const { response, body } = await inFlight;
    expect(response.status).toBe(200);
    expect(body.data?.things?.[0], JSON.stringify(body) + output).toEqual({ id: '1', name: 'one', score: null });
    const [code] = await exited;
    expect(code).toBe(0);
  }, 180_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
