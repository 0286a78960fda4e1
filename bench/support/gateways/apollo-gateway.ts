import type { IncomingHttpHeaders } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { print, type DocumentNode } from 'graphql';
import { FORWARDED_HEADERS } from '../../../gateway/index.js';
import type { RunningServer } from '../server-child.js';
import type { GatewayInfo } from './gateway-kind.js';

interface ForwardingContext {
  readonly forwarded: Readonly<Record<string, string>>;
}

/**
 * `@apollo/gateway` inside `@apollo/server` (its standalone HTTP server), on the same supergraph,
 * forwarding the same headers to the subgraphs as Beacon's gateway does. Stock settings otherwise.
 */
export async function startApolloGateway(supergraph: DocumentNode): Promise<RunningServer<GatewayInfo>> {
  const gateway = new ApolloGateway({
    supergraphSdl: print(supergraph),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<ForwardingContext>({
        url,
        willSendRequest({ request, context }) {
          const forwarded: Readonly<Record<string, string>> = context.forwarded ?? {};
          for (const [name, value] of Object.entries(forwarded)) request.http?.headers.set(name, value);
        },
      }),
  });
  const server = new ApolloServer<ForwardingContext>({ gateway, includeStacktraceInErrorResponses: false });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => ({ forwarded: forwardedHeaders(req.headers) }),
  });
  return { info: { url }, close: () => server.stop() };
}

function forwardedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') forwarded[name] = value;
  }
  return forwarded;
}
