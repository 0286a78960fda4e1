import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/**
 * Postgres cannot store U+0000 in `text` or `jsonb`: a NUL byte that reaches a query fails it with a
 * driver error, deep inside a write, after validation said the input was fine. Refusing it here,
 * before execution, for every argument and variable of every subgraph, turns that forced database
 * error into BAD_USER_INPUT naming each field, with nothing written (OWASP: forced errors).
 */
const NUL = '\u0000';
const REASON = 'contains the NUL character (U+0000), which cannot be stored';

export function refuseUnstorableText<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fields = [...nulInVariables(request.variables ?? {}, ''), ...nulInLiterals(document)];
          if (fields.length === 0) return;
          throw new GraphQLError('Some fields are invalid; nothing was written.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              invalidFields: fields.map((field) => ({ field, reason: REASON })),
              // Apollo answers an error raised here with 500 unless told otherwise.
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}

/** Paths (`input.names[0].given`) of every string holding a NUL in the variables. */
function nulInVariables(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulInVariables(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nulInVariables(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Argument paths of every string literal holding a NUL in the operation itself. */
function nulInLiterals(document: DocumentNode): string[] {
  const found: string[] = [];
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue(node) {
      if (node.value.includes(NUL)) found.push(path.join('.') || 'query');
    },
  });
  return found;
}
