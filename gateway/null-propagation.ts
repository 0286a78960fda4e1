import {
  getDirectiveValues,
  getNamedType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the operation asks of each response key of an object: its type and, for objects, theirs. */
type Shape = ReadonlyMap<string, FieldShape>;
interface OperationShape {
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly rootType: string;
  readonly shape: Shape;
}
interface FieldShape {
  readonly type: GraphQLOutputType;
  /** `Type.field`, for the error a null without one gets. */
  readonly coordinate: string;
  readonly child: Shape | undefined;
}

/** A value that may not be null here and is: its parent must become null in its place. */
const INVALID: unique symbol = Symbol('invalid');
type Completed = unknown;

interface Walk {
  /** Where a non-null position was found null (the origin of a propagation), with its field. */
  readonly nulls: Array<{ path: ReadonlyArray<string | number>; coordinate: string }>;
}

const shapes = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, OperationShape | undefined>>>();

/**
 * GraphQL's null propagation (spec §6.4.4, "Handling Execution Errors"), applied to a result
 * another executor assembled: a null where the operation's type is non-null nulls the parent
 * instead — a list whose non-null item is null becomes null, an object with a null non-null field
 * becomes null — up to the nearest nullable position, or `data` itself. The errors are kept; a
 * null that no error accounts for gets one, as graphql-js would raise.
 *
 * Hive's Rust query planner (`@graphql-hive/router-runtime`) needs it: it leaves `[null, null]`
 * in a `[Person!]!` whose items lost a non-null field. Response keys are enough to find each
 * field's type: validation (OverlappingFieldsCanBeMerged) gives every selection of one response
 * key the same nullability and list shape, whatever fragment or type condition it sits in.
 *
 * The Rust planner also leaves `data` out when every subgraph call failed; an executed operation
 * has `data` (spec §7.1.2), so its root fields are then null, as graphql-js and the JS planner answer.
 */
export function propagateNulls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
  result: ExecutionResult,
): ExecutionResult {
  if (result.data === null) return result;
  const operation = shapeOf(schema, document, operationName ?? undefined);
  if (operation === undefined) return result;
  let root = result.data as Record<string, unknown> | undefined;
  if (root === undefined) {
    if (!result.errors?.length) return result;
    root = Object.create(null) as Record<string, unknown>;
    for (const key of rootKeys(operation, operation.operation.selectionSet, variables ?? {})) {
      root[key.responseKey] = key.typename ? operation.rootType : null;
    }
  }
  const walk: Walk = { nulls: [] };
  const data = completeObject(root, operation.shape, [], walk);
  if (walk.nulls.length === 0) return root === result.data ? result : { ...result, data: root };
  const errors = [...(result.errors ?? [])];
  for (const { path, coordinate } of walk.nulls) {
    if (!errors.some((error) => related(error.path, path))) {
      errors.push(
        new GraphQLError(`Cannot return null for non-nullable field ${coordinate}.`, {
          path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      );
    }
  }
  return { ...result, data: data === INVALID ? null : (data as Record<string, unknown>), errors };
}

function completeObject(object: Record<string, unknown>, shape: Shape, path: ReadonlyArray<string | number>, walk: Walk): Completed {
  for (const [key, field] of shape) {
    if (!(key in object)) continue;
    const value = object[key];
    const completed = completeValue(value, field.type, field, [...path, key], walk);
    if (completed === INVALID) return INVALID;
    if (completed !== value) object[key] = completed;
  }
  return object;
}

function completeValue(value: unknown, type: GraphQLOutputType, field: FieldShape, path: ReadonlyArray<string | number>, walk: Walk): Completed {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) {
      walk.nulls.push({ path, coordinate: field.coordinate });
      return INVALID;
    }
    const completed = completeValue(value, type.ofType, field, path, walk);
    return completed === null ? INVALID : completed;
  }
  if (value === null || value === undefined) return value;
  if (isListType(type)) {
    if (!Array.isArray(value)) return value;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const completed = completeValue(item, type.ofType, field, [...path, index], walk);
      if (completed === INVALID) return null;
      if (completed !== item) value[index] = completed;
    }
    return value;
  }
  if (field.child === undefined || typeof value !== 'object') return value;
  const completed = completeObject(value as Record<string, unknown>, field.child, path, walk);
  return completed === INVALID ? null : completed;
}

/**
 * An error at, above or below `path` accounts for its null (list indices aside: planners differ on
 * them), and so does one with no path (the Rust planner's failed calls have none).
 */
function related(errorPath: ReadonlyArray<string | number> | undefined, path: ReadonlyArray<string | number>): boolean {
  if (errorPath === undefined) return true;
  const names = (segments: ReadonlyArray<string | number>) => segments.filter((segment) => typeof segment === 'string');
  const [a, b] = [names(errorPath), names(path)];
  const common = Math.min(a.length, b.length);
  for (let index = 0; index < common; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** The root fields the operation executes, `@skip` and `@include` applied, by response key. */
function rootKeys(
  operation: OperationShape,
  selectionSet: SelectionSetNode,
  variables: Readonly<Record<string, unknown>>,
): Array<{ responseKey: string; typename: boolean }> {
  const keys: Array<{ responseKey: string; typename: boolean }> = [];
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  for (const selection of selectionSet.selections) {
    if (!included(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      keys.push({ responseKey: selection.alias?.value ?? selection.name.value, typename: selection.name.value === '__typename' });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      keys.push(...rootKeys(operation, selection.selectionSet, variables));
    } else {
      const fragment = operation.fragments.get(selection.name.value);
      if (fragment) keys.push(...rootKeys(operation, fragment.selectionSet, variables));
    }
  }
  return keys;
}

/** The operation's shape, built once per parsed document (the runtime caches documents by text). */
function shapeOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): OperationShape | undefined {
  let bySchema = shapes.get(schema);
  if (!bySchema) shapes.set(schema, (bySchema = new WeakMap()));
  let byOperation = bySchema.get(document);
  if (!byOperation) bySchema.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  if (!byOperation.has(key)) byOperation.set(key, buildShape(schema, document, operationName));
  return byOperation.get(key);
}

function buildShape(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): OperationShape | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return undefined;
  return { operation, fragments, rootType: root.name, shape: shapeOfSelections(schema, fragments, [[root, operation.selectionSet]]) };
}

function shapeOfSelections(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selections: ReadonlyArray<readonly [GraphQLCompositeType, SelectionSetNode]>,
): Shape {
  const fields = new Map<string, { type: GraphQLOutputType; coordinate: string }>();
  const children = new Map<string, Array<readonly [GraphQLCompositeType, SelectionSetNode]>>();
  const collect = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, spread: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        // __typename is never null, and a field the schema lacks failed validation already.
        if (!definition) continue;
        const key = selection.alias?.value ?? name;
        if (!fields.has(key)) fields.set(key, { type: definition.type, coordinate: `${parent.name}.${name}` });
        const named = getNamedType(definition.type);
        if (selection.selectionSet && isCompositeType(named)) {
          const list = children.get(key) ?? [];
          list.push([named, selection.selectionSet]);
          children.set(key, list);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) collect(condition, selection.selectionSet, spread);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        // A fragment cycle failed validation already; it must not hang this either.
        if (!fragment || !condition || !isCompositeType(condition) || spread.has(name)) continue;
        collect(condition, fragment.selectionSet, new Set([...spread, name]));
      }
    }
  };
  for (const [parent, selectionSet] of selections) collect(parent, selectionSet, new Set());
  const shape = new Map<string, FieldShape>();
  for (const [key, field] of fields) {
    const nested = children.get(key);
    shape.set(key, { ...field, child: nested ? shapeOfSelections(schema, fragments, nested) : undefined });
  }
  return shape;
}
