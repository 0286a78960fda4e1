import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { limitExceeded } from './gateway-error.js';

export interface OperationCostOptions {
  /** The most an operation may cost; one object costs 1, a scalar 0. */
  readonly maxCost: number;
  /** Items assumed for a list field that takes no page size. */
  readonly assumedListSize: number;
  /** The argument that sets a list's page size. Default `first`. */
  readonly pageSizeArgument?: string;
}

/**
 * Demand control before planning: each object costs 1, and a list costs its items times what
 * each item selects, the item count being its page size (`first`, from the operation, its variables or the schema's default) or, without
 * one, by `assumedListSize`. A cursor connection (an object field that takes `first`) passes its
 * page size to the lists it holds (`edges`, `nodes`): `cases(first: 100000)` is priced as 100,000
 * cases, not as one connection of ten. Hive's own demand control prices each subgraph call as it is made —
 * after the first subgraph has already been asked — and needs `@listSize` in the supergraph,
 * which Beacon's subgraphs do not declare; this prices the whole operation first, from the
 * arguments the caller sent. Introspection is not priced: its depth is bounded by a rule.
 */
export function useOperationCost(options: OperationCostOptions): GatewayPlugin {
  const { maxCost, assumedListSize } = options;
  const pageSizeArgument = options.pageSizeArgument ?? 'first';
  for (const [name, value] of Object.entries({ maxCost, assumedListSize })) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number; got ${value}.`);
  }
  // A document's cost depends only on it, unless a page size comes from a variable: the same query
  // text, sent again and again by a partner tool, is priced once (the runtime caches parsed documents).
  const costs = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; cost: number }>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operationName = args.operationName ?? undefined;
      let byOperation = costs.get(args.document);
      const known = byOperation?.get(operationName ?? '');
      let cost = known !== undefined && known.schema === args.schema ? known.cost : undefined;
      if (cost === undefined) {
        const reads = { variables: false };
        cost = operationCost(args.schema, args.document, operationName, args.variableValues ?? {}, {
          assumedListSize,
          pageSizeArgument,
          stopAbove: maxCost,
          reads,
        });
        if (!reads.variables) {
          if (!byOperation) costs.set(args.document, (byOperation = new Map()));
          byOperation.set(operationName ?? '', { schema: args.schema, cost });
        }
      }
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [limitExceeded('COST_LIMIT_EXCEEDED', maxCost, `The operation costs more than ${maxCost}; ask for smaller pages.`)],
        });
      }
    },
  };
}

interface CostContext {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly assumedListSize: number;
  readonly pageSizeArgument: string;
  /** Counting stops once past this: the exact figure of a refused operation does not matter. */
  readonly stopAbove: number;
  /** Set when a page size came from a variable: the figure is then this request's only. */
  readonly reads?: { variables: boolean };
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Readonly<Record<string, unknown>>,
  options: Pick<CostContext, 'assumedListSize' | 'pageSizeArgument' | 'stopAbove' | 'reads'>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return 0;
  return selectionCost({ schema, fragments, variables, ...options }, root, operation.selectionSet, new Set());
}

/** `connectionPageSize`: the page size of the connection whose own fields these are, if any. */
function selectionCost(
  context: CostContext,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  visiting: Set<string>,
  connectionPageSize?: number,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (cost > context.stopAbove) break;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fieldOf(parent, selection.name.value);
      const type = field ? getNamedType(field.type) : undefined;
      if (!field || !type || !isCompositeType(type) || !selection.selectionSet) continue;
      const size = pageSize(context, field, selection.arguments ?? []);
      const isList = isListType(getNullableType(field.type));
      const items = isList ? (size ?? connectionPageSize ?? context.assumedListSize) : 1;
      const childPageSize = isList ? undefined : size;
      cost += items * (1 + selectionCost(context, type, selection.selectionSet, visiting, childPageSize));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) {
        cost += selectionCost(context, condition, selection.selectionSet, visiting, connectionPageSize);
      }
    } else {
      const name = selection.name.value;
      const fragment = context.fragments.get(name);
      const condition = fragment ? context.schema.getType(fragment.typeCondition.name.value) : undefined;
      // A fragment cycle is a validation error already; it must not hang the pricing.
      if (!fragment || !condition || !isCompositeType(condition) || visiting.has(name)) continue;
      visiting.add(name);
      cost += selectionCost(context, condition, fragment.selectionSet, visiting, connectionPageSize);
      visiting.delete(name);
    }
  }
  return cost;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The field's page size; `undefined` when it takes none, the assumed size when it is unset or odd. */
function pageSize(
  context: CostContext,
  field: GraphQLField<unknown, unknown>,
  args: ReadonlyArray<{ name: { value: string }; value: ValueNode }>,
): number | undefined {
  const definition = field.args.find((arg) => arg.name === context.pageSizeArgument);
  if (!definition) return undefined;
  const sent = args.find((arg) => arg.name.value === context.pageSizeArgument)?.value;
  let value: unknown = definition.defaultValue;
  if (sent?.kind === Kind.INT) value = Number(sent.value);
  else if (sent?.kind === Kind.VARIABLE) {
    if (context.reads) context.reads.variables = true;
    value = context.variables[sent.name.value] ?? definition.defaultValue;
  }
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : context.assumedListSize;
}
