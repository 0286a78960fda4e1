export { ConfigError, readPort, readString, readOptional, readUrl, readTrustedIssuers } from './env.js';
export {
  readSubgraphConfig,
  readSectorSubgraphConfig,
  checkLinkageSecret,
  MIN_LINKAGE_SECRET_BYTES,
  DEFAULT_HOST,
} from './subgraph-config.js';
export type { SubgraphConfig, SectorSubgraphConfig, LinkageClientConfig } from './subgraph-config.js';
