import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BEACON_AUDIENCE,
  DEV_ISSUER,
  isPersonaName,
  loadOrCreateDevIssuer,
  PERSONAS,
  type PersonaName,
  type Principal,
} from '../../shared/auth/index.js';
import { checkLinkageSecret, ConfigError, readOptional, readPort } from '../../shared/config/index.js';
import { unavailableErrorFrom } from '../../shared/database/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { devServiceCredential } from '../stack/dev-credentials.js';
import { readStackConfig } from '../stack/stack-config.js';
import type { SectorSubgraph, SectorSubgraphDefinition } from '../stack/subgraph-registry.js';

const DEFAULT_LINKAGE_PORT = 4004;

export interface BatchSubgraphOptions {
  readonly definition: SectorSubgraphDefinition;
  readonly databaseUrl: string;
  /** The organisation writing (and publishing to the hub): the principal's. */
  readonly org: string;
  readonly linkageUrl?: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Builds a sector subgraph for a batch command (import, retention): its services and targets,
 * its database opened and migrated, nothing listening. The linkage secret is
 * BEACON_LINKAGE_SECRET, else the dev stack's under BEACON_HOME — never a new one, which would
 * publish keys the rest of the federation cannot match.
 */
export async function openSectorSubgraph(options: BatchSubgraphOptions): Promise<SectorSubgraph> {
  const subgraph = await createSectorSubgraph(options);
  const { dataSource } = subgraph;
  try {
    await dataSource.initialize();
  } catch (error) {
    throw unavailableErrorFrom(options.databaseUrl, error) ?? error;
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await subgraph.close();
    throw error;
  }
  return subgraph;
}

/** The subgraph of {@link openSectorSubgraph} with its database neither opened nor migrated (an import's parse workers need no database). */
export async function createSectorSubgraph(options: BatchSubgraphOptions): Promise<SectorSubgraph> {
  const { definition, env } = options;
  const home = readStackConfig(env).home;
  const linkageUrl =
    options.linkageUrl ??
    readOptional(env, 'BEACON_LINKAGE_URL') ??
    `http://127.0.0.1:${readPort(env, 'BEACON_LINKAGE_PORT', DEFAULT_LINKAGE_PORT)}/graphql`;
  return definition.create(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: options.databaseUrl,
      // Nothing is served, so no token is ever verified.
      issuers: [{ issuer: 'beacon-cli', jwksFile: '/dev/null' }],
      audience: BEACON_AUDIENCE,
      logLevel: readOptional(env, 'BEACON_LOG_LEVEL') ?? 'warn',
      linkage: { url: linkageUrl, secret: linkageSecret(env, home), credential: linkageCredential(env, home, definition, options.org) },
    },
    createLogger(definition.name, readOptional(env, 'BEACON_LOG_LEVEL') ?? 'warn'),
  );
}

function linkageSecret(env: NodeJS.ProcessEnv, home: string): string {
  const configured = readOptional(env, 'BEACON_LINKAGE_SECRET');
  if (configured) return checkLinkageSecret(configured);
  const devSecret = join(home, 'linkage-secret');
  if (existsSync(devSecret)) return checkLinkageSecret(readFileSync(devSecret, 'utf8').trim(), devSecret);
  throw new ConfigError(
    'BEACON_LINKAGE_SECRET',
    `is needed to derive linkage keys: set it to the federation's secret, or run \`npm start\` once to create the dev one in ${home}.`,
  );
}

function linkageCredential(env: NodeJS.ProcessEnv, home: string, definition: SectorSubgraphDefinition, org: string): () => string {
  const token = readOptional(env, 'BEACON_LINKAGE_TOKEN');
  if (token) return () => token;
  if (existsSync(join(home, 'keys'))) return devServiceCredential(loadOrCreateDevIssuer(join(home, 'keys')), definition.sector, org);
  return () => '';
}

/** `--as <persona>`, else the sector's demo persona: the owning organisation's principal. */
export function principalFor(definition: SectorSubgraphDefinition, persona: string | undefined): { name: PersonaName; principal: Principal } {
  const candidates = (Object.keys(PERSONAS) as PersonaName[]).filter((name) => PERSONAS[name].sector === definition.sector);
  const name = persona ?? candidates[0];
  if (name === undefined || !isPersonaName(name) || PERSONAS[name].sector !== definition.sector) {
    throw new ConfigError('--as', `must be a persona of the ${definition.sector} sector (${candidates.join(', ') || 'none'}); got "${persona}".`);
  }
  return { name, principal: { ...PERSONAS[name], issuer: DEV_ISSUER } };
}

/** Delivers queued linkage publications if the hub answers; says how many wait otherwise. */
export async function deliverPublications(subgraph: SectorSubgraph): Promise<string> {
  try {
    const delivered = await subgraph.publisher.flush();
    return delivered > 0 ? `${delivered} linkage publications delivered to the hub.` : 'No linkage publications were pending.';
  } catch {
    const [{ pending }] = (await subgraph.dataSource.query(
      'SELECT count(*)::int AS pending FROM linkage_outbox WHERE published_at IS NULL',
    )) as [{ pending: number }];
    return `The linkage hub is not reachable: ${pending} publications are queued in the outbox and go out when the ${subgraph.name} subgraph runs.`;
  }
}
