import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGateway, type GatewayOptions } from '../../gateway/index.js';
import {
  BEACON_AUDIENCE,
  createTokenVerifier,
  DEMO_ORGS,
  loadOrCreateDevIssuer,
  PERSONAS,
  type DevIssuer,
  type PersonaName,
} from '../../shared/auth/index.js';
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from '../../shared/database/index.js';
import { createLogger } from '../../shared/logging/index.js';
import type { BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { devServiceCredential, loadOrCreateLinkageSecret } from './dev-credentials.js';
import { assertPortsFree } from './ports.js';
import { databaseNameOf, SUBGRAPHS, type SectorSubgraph } from './subgraph-registry.js';

export interface DevStackOptions {
  /** The `.beacon/` folder: dev keys, linkage secret and the embedded Postgres data. */
  readonly home: string;
  /** A Postgres server to use instead of the embedded one (its databases are created if missing). */
  readonly databaseServerUrl?: string;
  /** Database names are `<prefix>_<subgraph>`; tests use a unique prefix per run. */
  readonly databasePrefix: string;
  readonly embeddedPostgresPort: number;
  readonly host: string;
  readonly gatewayPort: number;
  /** Port per subgraph name; 0 picks a free port. */
  readonly subgraphPorts: Readonly<Record<string, number>>;
  readonly supergraphSdl: string;
  readonly logLevel: string;
  /** The gateway's limits, rate limits and Redis (`beacon start` reads them from the environment). */
  readonly gateway?: Pick<
    GatewayOptions,
    | 'limits'
    | 'rateLimit'
    | 'redisUrl'
    | 'rateLimitKeyPrefix'
    | 'subgraphTimeoutMs'
    | 'subgraphTimeouts'
    | 'breaker'
    | 'drainTimeoutMs'
  >;
}

export interface DevStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly issuer: DevIssuer;
  readonly tokens: Readonly<Record<PersonaName, string>>;
  /** The stack's subgraphs, to stop one in a test of partial results. */
  readonly subgraphs: ReadonlyMap<string, BeaconSubgraph>;
  close(): Promise<void>;
}

/**
 * Starts the whole federation on one machine: Postgres (embedded unless a server is given), one
 * database per subgraph, the four subgraphs with migrations and demo data, then the gateway.
 * If any step fails, everything already started is stopped again before the error is rethrown.
 */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const portsToCheck = [
    { port: options.gatewayPort, variable: 'BEACON_GATEWAY_PORT' },
    ...SUBGRAPHS.map((definition) => ({
      port: options.subgraphPorts[definition.name] ?? definition.defaultPort,
      variable: `BEACON_${definition.envPrefix}_PORT`,
    })),
  ];
  if (!options.databaseServerUrl) portsToCheck.push({ port: options.embeddedPostgresPort, variable: 'BEACON_PG_PORT' });
  await assertPortsFree(portsToCheck, options.host);

  const issuer = loadOrCreateDevIssuer(join(options.home, 'keys'));
  const linkageSecret = loadOrCreateLinkageSecret(options.home);
  const teardown: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const step of teardown.reverse()) await step().catch(() => undefined);
    teardown.length = 0;
  };

  try {
    let serverUrl = options.databaseServerUrl;
    if (!serverUrl) {
      const postgres = await startEmbeddedPostgres({ dataDir: join(options.home, 'pg'), port: options.embeddedPostgresPort });
      teardown.push(() => postgres.stop());
      serverUrl = postgres.url;
    }
    const shared = {
      host: options.host,
      issuers: [{ issuer: issuer.issuer, jwksFile: issuer.jwksFile }],
      audience: BEACON_AUDIENCE,
      logLevel: options.logLevel,
    };
    const subgraphs = new Map<string, BeaconSubgraph>();
    const subgraphUrls: Record<string, string> = {};
    // Linkage first: the sectors publish to it as soon as they have seeded.
    const ordered = [...SUBGRAPHS].sort((a, b) => Number(a.kind === 'sector') - Number(b.kind === 'sector'));
    for (const definition of ordered) {
      const database = databaseNameOf(definition.name, options.databasePrefix);
      await ensureDatabase(serverUrl, database);
      const base = {
        ...shared,
        port: options.subgraphPorts[definition.name] ?? definition.defaultPort,
        databaseUrl: databaseUrl(serverUrl, database),
      };
      const logger = createLogger(definition.name, options.logLevel);
      const subgraph =
        definition.kind === 'sector'
          ? await definition.create(
              {
                ...base,
                linkage: {
                  url: subgraphUrls.linkage as string,
                  secret: linkageSecret,
                  credential: devServiceCredential(issuer, definition.sector, DEMO_ORGS[definition.sector]),
                },
              },
              logger,
            )
          : await definition.create(base, logger);
      const { url } = await subgraph.listen(base.port, options.host);
      teardown.push(() => subgraph.close());
      subgraphs.set(definition.name, subgraph);
      subgraphUrls[definition.name] = url;
      if (definition.kind === 'sector') {
        // Retention already ran: every sector purges expired records in its own start hook.
        await definition.seedDemo(subgraph as SectorSubgraph);
        await (subgraph as SectorSubgraph).publisher.flush();
      }
    }

    const gateway = createGateway({
      supergraphSdl: options.supergraphSdl,
      subgraphUrls,
      verifier: createTokenVerifier({ issuers: shared.issuers, audience: BEACON_AUDIENCE }),
      jwks: JSON.parse(readFileSync(issuer.jwksFile, 'utf8')) as object,
      logger: createLogger('gateway', options.logLevel),
      // The explorer's persona picker: the dev stack is the only place a token is handed out.
      demoTokens: (persona) => issuer.mint(PERSONAS[persona]),
      ...options.gateway,
    });
    const { url: gatewayUrl } = await gateway.listen(options.gatewayPort, options.host);
    teardown.push(() => gateway.close());

    const tokens = Object.fromEntries(
      Object.entries(PERSONAS).map(([name, claims]) => [name, issuer.mint(claims)]),
    ) as Record<PersonaName, string>;
    return { gatewayUrl, subgraphUrls, issuer, tokens, subgraphs, close };
  } catch (error) {
    await close();
    throw error;
  }
}
