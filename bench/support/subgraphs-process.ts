/**
 * Child-process entry: the dev stack as `npm start` builds it (four subgraphs with migrations and
 * demo data, Postgres embedded or on a given server), for gateways in other processes to call. The
 * stack's own gateway starts too, as `startDevStack` always does, and sits idle: the gateways
 * under test each run in a process of their own (see gateways/gateway-process.ts). Import this
 * module's types only (`import type`): importing it for real would start a stack.
 */
import type { PersonaName } from '../../shared/auth/index.js';
import { prepareBenchStack } from './bench-stack.js';
import { childArgument, serveInChild } from './server-child.js';

export interface SubgraphsArgument {
  readonly databaseServerUrl: string | undefined;
}

export interface SubgraphsInfo {
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly tokens: Readonly<Record<PersonaName, string>>;
  /** The dev issuer the subgraphs trust; a gateway under test must trust it too. */
  readonly issuer: { readonly issuer: string; readonly jwksFile: string };
  /** `embedded Postgres` or the server's address without credentials. */
  readonly postgres: string;
  /** The stack's databases are `<prefix>_<subgraph>` (so the bench can find their Postgres backends). */
  readonly databasePrefix: string;
}

const { databaseServerUrl } = childArgument<SubgraphsArgument>();
await serveInChild<SubgraphsInfo>(async () => {
  const { start, cleanup } = await prepareBenchStack(databaseServerUrl);
  try {
    const { stack, postgres, databasePrefix } = await start();
    return {
      info: {
        subgraphUrls: stack.subgraphUrls,
        tokens: stack.tokens,
        issuer: { issuer: stack.issuer.issuer, jwksFile: stack.issuer.jwksFile },
        postgres,
        databasePrefix,
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }
});
