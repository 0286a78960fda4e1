import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type TypeNode } from 'graphql';

/** `examples/` at the repository root: the same operations the SDK and the docs use. */
export const DEFAULT_EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** One GraphiQL tab, as its `defaultTabs` option takes it. */
export interface ExplorerTab {
  readonly query: string;
  /** JSON text for the variables editor. */
  readonly variables: string;
}

/**
 * A tab per `examples/*.graphql`, in file-name order, with a variables editor already holding
 * every required variable: an analyst changes a value instead of first learning the syntax.
 * A broken example fails the gateway's start (the SDK test would fail on it too).
 */
export function exampleTabs(dir: string = DEFAULT_EXAMPLES_DIR): ExplorerTab[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      return { query, variables: JSON.stringify(sampleVariables(query), null, 2) };
    });
}

/** A placeholder for each variable the operation cannot run without (no default, non-null). */
function sampleVariables(query: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of parse(query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue || variable.type.kind !== Kind.NON_NULL_TYPE) continue;
      variables[variable.variable.name.value] = placeholderFor(variable.type.type);
    }
  }
  return variables;
}

/** Page sizes get a small page; identifiers and strings an empty value to fill in. */
function placeholderFor(type: TypeNode): unknown {
  if (type.kind === Kind.LIST_TYPE) return [];
  if (type.kind === Kind.NON_NULL_TYPE) return placeholderFor(type.type);
  switch (type.name.value) {
    case 'Int':
      return 10;
    case 'Float':
      return 0;
    case 'Boolean':
      return false;
    default:
      return '';
  }
}
