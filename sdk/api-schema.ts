import { buildASTSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

/**
 * The API schema partners query, derived from a Federation supergraph: the join__/link__
 * directives, enums and scalars, the `@link`s on `schema` and anything `@inaccessible` removed.
 * The composition library we already compose with does the stripping, so the SDK's view of the
 * graph and the gateway's cannot drift apart on a federation spec detail.
 */
export function buildApiSchema(supergraphSdl: string): GraphQLSchema {
  const supergraph = parse(supergraphSdl, { noLocation: true });
  return buildASTSchema(transformSupergraphToPublicSchema(supergraph));
}

/** The API schema as SDL, printed the same way every time (the committed `sdk/schema.graphql`). */
export function printApiSchema(supergraphSdl: string): string {
  return printSchema(buildApiSchema(supergraphSdl)) + '\n';
}
