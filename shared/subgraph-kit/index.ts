export { LoaderRegistry } from './context.js';
export type { RequestContext } from './context.js';
export { buildBeaconSubgraphSchema, FEDERATION_LINK, withKitPolicy } from './build-subgraph-schema.js';
export type { ReferenceResolver, SubgraphSchemaOptions, SubgraphSchemas } from './build-subgraph-schema.js';
export { createSubgraphServer, DEFAULT_MAX_BODY_BYTES } from './http-server.js';
export type { SubgraphServer, SubgraphServerOptions } from './http-server.js';
export { maskError, isCallerSafe } from './error-masking.js';
export { defineSubgraph } from './create-subgraph.js';
export type { BeaconSubgraph, DefineSubgraphOptions, SubgraphRuntimeConfig } from './create-subgraph.js';
