import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import {
  AUDIT_TYPES,
  auditMiddleware,
  auditTrailPolicy,
  auditTrailResolvers,
  auditTrailSdl,
  type AuditLog,
} from '../audit/index.js';
import { assertPolicyCovers, forbidden, type PolicyMap } from '../policy/index.js';
import type { RequestContext } from './context.js';

/** The Federation 2 spec version every Beacon subgraph links; composition checks them together. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** How a federation entity of this subgraph is fetched from a representation `{ __typename, id }`. */
export type ReferenceResolver = (reference: { id: string }, context: RequestContext) => unknown;

export interface SubgraphSchemaOptions {
  readonly name: string;
  // type-graphql's own signature: resolver classes are constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** Resolver instances, built by the subgraph with their services (no reflection-based DI). */
  readonly container: ContainerType;
  /** `__resolveReference` per entity type name. */
  readonly references: Readonly<Record<string, ReferenceResolver>>;
  /** The subgraph's own rules; the kit adds those of the fields it adds (`auditTrail`). */
  readonly policy: PolicyMap;
  /** This subgraph's audit log, which `auditTrail` reads. `defineSubgraph` passes it. */
  readonly auditLog?: AuditLog;
  /**
   * Record disclosures, denials and writes (default true). Only a benchmark measuring what the
   * audit trail costs turns it off; `auditTrail` is served either way.
   */
  readonly audit?: boolean;
}

export interface SubgraphSchemas {
  /** The executable schema: federation resolvers wrapped in the shield (and the audit recorder). */
  readonly schema: GraphQLSchema;
  /** The subgraph's SDL as composition sees it (Federation 2, with `@link`). */
  readonly sdl: string;
  /** The rules the shield enforces: the subgraph's own and the kit's. */
  readonly policy: PolicyMap;
}

/**
 * The subgraph's policy with the rules of the fields the kit adds. A subgraph cannot redefine a
 * kit field's rule, nor the kit one of the subgraph's: a clash is a build error.
 */
export function withKitPolicy(subgraph: string, policy: PolicyMap): PolicyMap {
  const merged: Record<string, Record<string, PolicyMap[string][string]>> = {};
  for (const [type, fields] of Object.entries(policy)) merged[type] = { ...fields };
  for (const [type, fields] of Object.entries(auditTrailPolicy(subgraph))) {
    const target = (merged[type] ??= {});
    for (const [field, rule] of Object.entries(fields)) {
      if (target[field]) {
        throw new Error(`The ${subgraph} subgraph's policy.ts names ${type}.${field}, a field the subgraph kit adds and rules itself.`);
      }
      target[field] = rule;
    }
  }
  return merged;
}

/**
 * type-graphql → Federation 2 subgraph → graphql-shield, in that order: the shield wraps the
 * federation schema so that `_service`, `_entities` and every entity field are guarded like the rest.
 */
export async function buildBeaconSubgraphSchema(options: SubgraphSchemaOptions): Promise<SubgraphSchemas> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    // Federation adds `_service`/`_entities` and the entity union later; type-graphql's own
    // validation would reject the partial schema.
    skipCheck: true,
    validate: false,
  });
  describeRootTypes(typeGraphQLSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}\n${auditTrailSdl(options.name)}`;

  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: (reference: { id: string }, context: unknown) =>
        resolveReference(reference, context as RequestContext),
    } as GraphQLResolverMap<unknown>[string];
  }
  for (const [typeName, typeResolvers] of Object.entries(auditTrailResolvers(options.name, options.auditLog))) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...typeResolvers } as GraphQLResolverMap<unknown>[string];
  }
  const federated = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  const policy = withKitPolicy(options.name, options.policy);
  assertPolicyCovers(options.name, federated, policy);

  const guarded = applyMiddleware(
    federated,
    shield(policy as never, {
      fallbackRule: deny,
      // Lets services' typed errors (BAD_USER_INPUT, NOT_FOUND…) through; the server masks the rest.
      allowExternalErrors: true,
      fallbackError: () => forbidden(),
    } as never),
  );
  if (options.audit === false) return { schema: guarded, sdl, policy };
  // Applied second, so it wraps the shield and sees each field as the caller will: the value the
  // shield let through, or its denial.
  const audited = applyMiddleware(guarded, auditMiddleware(policy, { unrecordedTypes: new Set([AUDIT_TYPES.event]) }));
  return { schema: audited, sdl, policy };
}

/** type-graphql has no way to describe the root types; every type partners see needs words. */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (query) query.description ??= 'What a caller may read; each field says who may see it (docs/ACCESS.md).';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description ??= "What a caller may write; every write is recorded in the owning subgraph's audit log.";
}
