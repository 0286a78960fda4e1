/**
 * Child-process entry: one gateway under test, alone in its process, so that it has an event loop
 * of its own (as on its own machine) and its CPU time per request can be read apart from the
 * subgraphs'. Import this module's types only: importing it for real starts a gateway.
 */
import { readFileSync } from 'node:fs';
import { loadSupergraph } from '../../../gateway/index.js';
import { childArgument, serveInChild, type RunningServer } from '../server-child.js';
import { startApolloGateway } from './apollo-gateway.js';
import { startBareHiveGateway } from './bare-hive-gateway.js';
import { startBeaconGateway } from './beacon-gateway.js';
import type { GatewayArgument, GatewayInfo } from './gateway-kind.js';

const SUPERGRAPH_PATH = new URL('../../../supergraph.graphql', import.meta.url);

const argument = childArgument<GatewayArgument>();
const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');

function start(): Promise<RunningServer<GatewayInfo>> {
  switch (argument.kind) {
    case 'hive':
      return startBareHiveGateway(loadSupergraph(supergraphSdl, argument.subgraphUrls), 'js');
    case 'hive-rust':
      return startBareHiveGateway(loadSupergraph(supergraphSdl, argument.subgraphUrls), 'rust');
    case 'apollo':
      return startApolloGateway(loadSupergraph(supergraphSdl, argument.subgraphUrls));
    case 'beacon':
    case 'beacon-js':
      return startBeaconGateway({
        supergraphSdl,
        subgraphUrls: argument.subgraphUrls,
        issuer: argument.issuer,
        redisUrl: argument.redisUrl,
        queryPlanner: argument.kind === 'beacon' ? 'rust' : 'js',
      });
  }
}

await serveInChild(start);
