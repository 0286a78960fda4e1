import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectMaskedUnavailable, useGatewayTestBed } from './gateway.harness.js';

const bed = useGatewayTestBed();

describe('gateway with a subgraph that hangs', () => {
  it('gives up on a subgraph that hangs after the timeout, with the same masked error', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const gateway = bed.startGateway({
      subgraphUrls: { beta: `http://127.0.0.1:${port}/graphql` },
      // beta's alone: on a loaded machine alpha may take longer than 300 ms to answer.
      subgraphTimeouts: { beta: 300 },
    });
    try {
      const { url } = await gateway.listen(0, '127.0.0.1');
      const { response, body } = await bed.postThings(url, bed.bearer());
      expect(response.status).toBe(200);
      expect(body.data?.things?.[0]).toEqual({ id: '1', name: 'one', score: null });
      expectMaskedUnavailable(body.errors, port);
    } finally {
      await gateway.close();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});
