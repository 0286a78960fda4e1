/**
 * Child-process entry: one sector subgraph alone in its process, on the database the analytics
 * bench already loaded — as deployed, where each institution hosts its own subgraph, so the
 * sectors' work for one profile runs side by side instead of taking turns on one event loop.
 * Import this module's types only: importing it for real starts a subgraph.
 */
import { join } from 'node:path';
import { devServiceCredential, loadOrCreateLinkageSecret } from '../../cli/stack/dev-credentials.js';
import { findSubgraph } from '../../cli/stack/subgraph-registry.js';
import { BEACON_AUDIENCE, DEMO_ORGS, loadOrCreateDevIssuer } from '../../shared/auth/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { childArgument, serveInChild } from './server-child.js';

export interface SectorProcessArgument {
  /** A sector subgraph's name in the registry (`law-enforcement`, `ngo`, `financial`). */
  readonly name: string;
  readonly databaseUrl: string;
  /** The bench stack's home: its dev keys (`keys/`) and linkage secret, shared with the stack. */
  readonly home: string;
  readonly linkageUrl: string;
}

export interface SectorProcessInfo {
  readonly url: string;
}

const argument = childArgument<SectorProcessArgument>();
await serveInChild<SectorProcessInfo>(async () => {
  const definition = findSubgraph(argument.name);
  if (definition?.kind !== 'sector') throw new Error(`${argument.name} is not a sector subgraph.`);
  const issuer = loadOrCreateDevIssuer(join(argument.home, 'keys'));
  const subgraph = await definition.create(
    {
      host: '127.0.0.1',
      port: 0,
      databaseUrl: argument.databaseUrl,
      issuers: [{ issuer: issuer.issuer, jwksFile: issuer.jwksFile }],
      audience: BEACON_AUDIENCE,
      logLevel: 'silent',
      linkage: {
        url: argument.linkageUrl,
        secret: loadOrCreateLinkageSecret(argument.home),
        credential: devServiceCredential(issuer, definition.sector, DEMO_ORGS[definition.sector]),
      },
    },
    createLogger(definition.name, 'silent'),
  );
  const { url } = await subgraph.listen(0, '127.0.0.1');
  return { info: { url }, close: () => subgraph.close() };
});
