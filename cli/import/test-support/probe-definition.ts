import { GraphQLSchema } from 'graphql';
import type { Sector } from '../../../shared/auth/index.js';
import { closeDataSource, createDataSource } from '../../../shared/database/index.js';
import type { ImportTarget } from '../../../shared/import/index.js';
import { ImportProbe1700000000000, probeTarget } from '../../../shared/import/test-support/probe-target.js';
import type { SectorSubgraph, SectorSubgraphDefinition } from '../../stack/subgraph-registry.js';

export interface ProbeDefinitionOptions {
  readonly name: string;
  readonly sector: Sector;
  readonly importTargets?: ReadonlyArray<ImportTarget<unknown>>;
  readonly retention?: SectorSubgraph['retention'];
}

/**
 * A sector definition over the engine's probe table, for the CLI's tests while (or wherever)
 * a real sector's targets are beside the point: the commands' wiring is what is tested.
 */
export function probeDefinition(options: ProbeDefinitionOptions): SectorSubgraphDefinition {
  return {
    kind: 'sector',
    name: options.name,
    sector: options.sector,
    envPrefix: options.name.toUpperCase().replaceAll('-', '_'),
    defaultPort: 0,
    async create(config) {
      const dataSource = createDataSource({ url: config.databaseUrl, entities: [], migrations: [ImportProbe1700000000000] });
      return {
        name: options.name,
        schema: new GraphQLSchema({}),
        sdl: '',
        policy: {},
        dataSource,
        publisher: { flush: async () => 0 },
        importTargets: 'importTargets' in options ? options.importTargets : [probeTarget as ImportTarget<unknown>],
        retention: options.retention,
        listen: async () => ({ url: '' }),
        close: () => closeDataSource(dataSource),
      };
    },
    seedDemo: async () => 0,
  };
}
