import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectMaskedUnavailable, useGatewayTestBed } from './gateway.harness.js';
import { QUERY_PLANNERS } from './query-planner.js';

const bed = useGatewayTestBed();

describe.each(QUERY_PLANNERS)('gateway with a subgraph that hangs (%s planner)', (queryPlanner) => {
  it('gives up on a subgraph that hangs after the timeout, with the same masked error, and drops its connection', async () => {
    let connectionClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (connectionClosed = resolve));
    // Never answers; notes when the gateway gives up the connection (the timeout aborts the call).
    const hanging: Server = createServer((req) => req.socket.once('close', () => connectionClosed()));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const gateway = bed.startGateway({
      subgraphUrls: { beta: `http://127.0.0.1:${port}/graphql` },
      // beta's alone: on a loaded machine alpha may take longer than 300 ms to answer.
      subgraphTimeouts: { beta: 300 },
      queryPlanner,
    });
    try {
      const { url } = await gateway.listen(0, '127.0.0.1');
      const { response, body } = await bed.postThings(url, bed.bearer());
      expect(response.status).toBe(200);
      expect(body.data?.things?.[0]).toEqual({ id: '1', name: 'one', score: null });
      expectMaskedUnavailable(body.errors, port);
      // Well before the gateway is closed (which would cut the connection anyway).
      await expect(Promise.race([closed.then(() => 'closed'), new Promise((resolve) => setTimeout(resolve, 2_000, 'open'))])).resolves.toBe('closed');
    } finally {
      await gateway.close();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});
