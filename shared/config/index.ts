export { ConfigError, readPort, readString, readOptional, readUrl, readTrustedIssuers } from './env.js';
export {
  readSubgraphConfig,
  readSectorSubgraphConfig,
  checkLinkageSecret,
  MIN_LINKAGE_SECRET_BYTES,
  DEFAULT_HOST,
  DEFAULT_LOG_LEVEL,
  subgraphVariables,
  sectorSubgraphVariables,
} from './subgraph-config.js';
export { catalogue, SUBGRAPH_ENV_PREFIXES } from './catalogue.js';
export type { ConfigVariable, ConfigType, SubgraphEnvName } from './catalogue.js';
export type { SubgraphConfig, SectorSubgraphConfig, LinkageClientConfig } from './subgraph-config.js';
