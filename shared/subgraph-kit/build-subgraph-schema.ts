import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
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
  readonly policy: PolicyMap;
}

export interface SubgraphSchemas {
  /** The executable schema: federation resolvers wrapped in the shield. */
  readonly schema: GraphQLSchema;
  /** The subgraph's SDL as composition sees it (Federation 2, with `@link`). */
  readonly sdl: string;
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
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`;

  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: (reference: { id: string }, context: unknown) =>
        resolveReference(reference, context as RequestContext),
    } as GraphQLResolverMap<unknown>[string];
  }
  const federated = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  assertPolicyCovers(options.name, federated, options.policy);

  const guarded = applyMiddleware(
    federated,
    shield(options.policy as never, {
      fallbackRule: deny,
      // Lets services' typed errors (BAD_USER_INPUT, NOT_FOUND…) through; the server masks the rest.
      allowExternalErrors: true,
      fallbackError: () => forbidden(),
    } as never),
  );
  return { schema: guarded, sdl };
}
