import { unifiedGraphHandler as rustUnifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { ExecutionRequest, ExecutionResult } from '@graphql-tools/utils';
import { getOperationAST, getVariableValues, GraphQLError, type GraphQLSchema } from 'graphql';
import { propagateNulls } from './null-propagation.js';

/** The query planners Beacon's gateway can run. */
export const QUERY_PLANNERS = ['rust', 'js'] as const;
export type QueryPlanner = (typeof QUERY_PLANNERS)[number];
/**
 * Hive's Rust planner (`@graphql-hive/router-runtime`): it plans and assembles results for about
 * two thirds of the JS planner's CPU (bench/README.md, "gateway"), and with the steps below
 * answers as the JS planner does.
 */
export const DEFAULT_QUERY_PLANNER: QueryPlanner = 'rust';

type UnifiedGraphHandler = typeof rustUnifiedGraphHandler;

/**
 * The Rust planner's handler, made to answer as graphql-js does in two places it does not:
 * variables that do not fit their types are a request error (HTTP 400, no `data`), as the
 * runtime's own executor reports them, where the Rust handler throws them as an execution failure;
 * and every result passes through GraphQL's null propagation, which the Rust handler does not
 * apply to nulls inside lists (see null-propagation.ts). Introspection goes to graphql-js inside
 * the handler, and passes through unchanged.
 */
export const rustPlannerHandler: UnifiedGraphHandler = async (options) => {
  const handled = await rustUnifiedGraphHandler(options);
  const { executor } = handled;
  if (!executor) return handled;
  const schema = handled.unifiedGraph;
  return {
    ...handled,
    executor: (request: ExecutionRequest) => {
      const refused = variableErrors(schema, request);
      if (refused) return refused;
      const result = executor(request);
      const complete = (value: unknown) =>
        typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value)
          ? propagateNulls(schema, request.document, request.operationName, request.variables, value as ExecutionResult)
          : value;
      return result instanceof Promise ? result.then(complete) : complete(result);
    },
  } as typeof handled;
};

/** The variables' coercion errors as a request error, marked 400 as `@graphql-tools/executor` marks them. */
function variableErrors(schema: GraphQLSchema, request: ExecutionRequest): ExecutionResult | undefined {
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation?.variableDefinitions?.length) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, { maxErrors: 50 });
  if (!coerced.errors) return undefined;
  return {
    errors: coerced.errors.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          originalError: error.originalError,
          extensions: { ...error.extensions, http: { status: 400 } },
        }),
    ),
  };
}
