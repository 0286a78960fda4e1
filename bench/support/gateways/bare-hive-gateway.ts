import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { DocumentNode } from 'graphql';
import { FORWARDED_HEADERS, GRAPHQL_PATH } from '../../../gateway/index.js';
import type { RunningServer } from '../server-child.js';
import type { GatewayInfo } from './gateway-kind.js';
import { listenOnLoopback } from './listen.js';

/**
 * Hive Gateway's runtime with nothing of Beacon's: no token check, limits, masking or metrics —
 * only the header propagation without which the subgraphs would refuse every call. The yardstick
 * for what Beacon's plugins cost. `rust` swaps in the Rust query planner (router-runtime).
 */
export async function startBareHiveGateway(supergraph: DocumentNode, planner: 'js' | 'rust'): Promise<RunningServer<GatewayInfo>> {
  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    graphqlEndpoint: GRAPHQL_PATH,
    ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        const headers: Record<string, string> = {};
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        return headers;
      },
    },
  });
  // Plan and load the supergraph before the first timed request.
  await runtime.getSchema();
  const { baseUrl, close } = await listenOnLoopback(createServer(runtime));
  return {
    info: { url: `${baseUrl}${GRAPHQL_PATH}` },
    async close() {
      await close();
      await runtime.dispose();
    },
  };
}
