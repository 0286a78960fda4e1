import type { Sector } from '../../shared/auth/index.js';
import type { SectorSubgraphConfig, SubgraphConfig } from '../../shared/config/index.js';
import type { ImportTarget } from '../../shared/import/index.js';
import type { LinkageRepublication } from '../../shared/linkage-outbox/index.js';
import type { Logger } from '../../shared/logging/index.js';
import type { BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { createFinancialSubgraph, FINANCIAL_SUBGRAPH } from '../../subgraphs/financial/index.js';
import { seedFinancialDemo } from '../../subgraphs/financial/seed/demo-data.js';
import { createLawEnforcementSubgraph, LAW_ENFORCEMENT_SUBGRAPH } from '../../subgraphs/law-enforcement/index.js';
import { seedLawEnforcementDemo } from '../../subgraphs/law-enforcement/seed/demo-data.js';
import { createLinkageSubgraph, LINKAGE_SUBGRAPH } from '../../subgraphs/linkage/index.js';
import { createNgoSubgraph, NGO_SUBGRAPH } from '../../subgraphs/ngo/index.js';
import { seedNgoDemo } from '../../subgraphs/ngo/seed/demo-data.js';

/** A sector subgraph as the CLI drives it: built, started, seeded, its outbox flushed. */
export interface SectorSubgraph extends BeaconSubgraph {
  readonly publisher: { flush(): Promise<number> };
  /** The kinds of record `beacon import` can load into it (optional while sectors add them). */
  readonly importTargets?: ReadonlyArray<ImportTarget<unknown>>;
  /** Removes records past their retention date: `beacon retention` calls it; each subgraph also does at start. */
  readonly retention?: { purgeExpired(now: Date): Promise<number> };
  /** Publishes every record to the hub again (a new secret or derivation): `beacon republish` runs it. */
  readonly republication?: Pick<LinkageRepublication, 'records' | 'count' | 'run'>;
}

export interface SectorSubgraphDefinition {
  readonly kind: 'sector';
  readonly name: string;
  readonly sector: Sector;
  /** `BEACON_<PREFIX>_PORT`, `BEACON_<PREFIX>_DATABASE_URL`. */
  readonly envPrefix: string;
  readonly defaultPort: number;
  create(config: SectorSubgraphConfig, logger?: Logger): Promise<SectorSubgraph>;
  /** Idempotent demo data, written as the sector's demo persona would. */
  seedDemo(subgraph: SectorSubgraph): Promise<number>;
}

export interface HubSubgraphDefinition {
  readonly kind: 'hub';
  readonly name: string;
  readonly sector: Sector;
  readonly envPrefix: string;
  readonly defaultPort: number;
  create(config: SubgraphConfig, logger?: Logger): Promise<BeaconSubgraph>;
}

export type SubgraphDefinition = SectorSubgraphDefinition | HubSubgraphDefinition;

/*
 * The seeds take their own subgraph's type; the registry hands each seed the subgraph its own
 * `create` built, which the casts below restate for TypeScript.
 */
export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    kind: 'sector',
    name: LAW_ENFORCEMENT_SUBGRAPH,
    sector: 'LAW_ENFORCEMENT',
    envPrefix: 'LAW_ENFORCEMENT',
    defaultPort: 4001,
    create: createLawEnforcementSubgraph,
    seedDemo: (subgraph) => seedLawEnforcementDemo(subgraph as Awaited<ReturnType<typeof createLawEnforcementSubgraph>>),
  },
  {
    kind: 'sector',
    name: NGO_SUBGRAPH,
    sector: 'NGO',
    envPrefix: 'NGO',
    defaultPort: 4002,
    create: createNgoSubgraph,
    seedDemo: (subgraph) => seedNgoDemo(subgraph as Awaited<ReturnType<typeof createNgoSubgraph>>),
  },
  {
    kind: 'sector',
    name: FINANCIAL_SUBGRAPH,
    sector: 'FINANCIAL',
    envPrefix: 'FINANCIAL',
    defaultPort: 4003,
    create: createFinancialSubgraph,
    seedDemo: (subgraph) => seedFinancialDemo(subgraph as Awaited<ReturnType<typeof createFinancialSubgraph>>),
  },
  { kind: 'hub', name: LINKAGE_SUBGRAPH, sector: 'HUB', envPrefix: 'LINKAGE', defaultPort: 4004, create: createLinkageSubgraph },
];

export function findSubgraph(name: string, definitions: readonly SubgraphDefinition[] = SUBGRAPHS): SubgraphDefinition | undefined {
  return definitions.find((definition) => definition.name === name);
}

/** `law-enforcement` → `beacon_law_enforcement`: one database per subgraph, never shared. */
export function databaseNameOf(name: string, prefix = 'beacon'): string {
  return `${prefix}_${name.replaceAll('-', '_')}`;
}
