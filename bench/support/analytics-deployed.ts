import { dirname } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions.js';
import type { DevStack } from '../../cli/stack/dev-stack.js';
import { SUBGRAPHS } from '../../cli/stack/subgraph-registry.js';
import type { SectorProcessArgument, SectorProcessInfo } from './analytics-sector-process.js';
import type { GatewayArgument, GatewayInfo } from './gateways/gateway-kind.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const SECTOR_ENTRY = new URL('./analytics-sector-process.ts', import.meta.url);
const GATEWAY_ENTRY = new URL('./gateways/gateway-process.ts', import.meta.url);

export interface DeployedTopology {
  /** The GraphQL endpoint of the gateway in its own process. */
  readonly graphqlUrl: string;
  stop(): Promise<void>;
}

/**
 * The sectors' subgraphs and Beacon's gateway each in a process of their own, over the stack's
 * (loaded) databases, as deployed: an institution hosts its own subgraph, the hub its gateway.
 * The dev stack runs them all on one event loop, where one profile's three sector figures take
 * turns. The hub's linkage subgraph stays in the stack (no profile asks it anything).
 */
export async function startDeployedTopology(stack: DevStack): Promise<DeployedTopology> {
  const started: Array<ServerProcess<unknown>> = [];
  const stop = async () => {
    for (const server of started.reverse()) await server.stop();
  };
  try {
    const subgraphUrls: Record<string, string> = { ...stack.subgraphUrls };
    for (const definition of SUBGRAPHS.filter((candidate) => candidate.kind === 'sector')) {
      const sector = await startServerProcess<SectorProcessInfo>(SECTOR_ENTRY, {
        name: definition.name,
        databaseUrl: (stack.subgraphs.get(definition.name)!.dataSource.options as PostgresConnectionOptions).url!,
        // The dev issuer keeps its keys in <home>/keys; the linkage secret sits in <home>.
        home: dirname(dirname(stack.issuer.jwksFile)),
        linkageUrl: stack.subgraphUrls.linkage!,
      } satisfies SectorProcessArgument);
      started.push(sector);
      subgraphUrls[definition.name] = sector.info.url;
    }
    const gateway = await startServerProcess<GatewayInfo>(GATEWAY_ENTRY, {
      kind: 'beacon',
      subgraphUrls,
      issuer: { issuer: stack.issuer.issuer, jwksFile: stack.issuer.jwksFile },
      redisUrl: undefined,
    } satisfies GatewayArgument);
    started.push(gateway);
    return { graphqlUrl: gateway.info.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
