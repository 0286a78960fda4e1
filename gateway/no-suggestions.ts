import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/** graphql-js's "Did you mean …?" in each of its forms: fields, arguments, types, enum values. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes graphql-js's suggestions from every error of every response, for every caller: they
 * name fields, arguments and enum values the caller never wrote, which is how a schema is
 * recovered without introspection. graphql-armor's block-field-suggestions does this for
 * validation errors only and misses the enum-value form; variables are coerced later, so this
 * runs where every result passes, after execution.
 */
export function useNoSuggestions(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = result.errors;
      if (!errors?.some((error) => error.message.includes('Did you mean'))) return;
      setResult({ ...result, errors: errors.map(withoutSuggestion) });
    },
  };
}

function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!error.message.includes('Did you mean')) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
