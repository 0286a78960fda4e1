import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { getOperationAST, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { AuditRecorder } from './audit-recorder.js';

/** What the plugin needs of a request's context. */
export interface AuditPluginContext {
  readonly audit: AuditRecorder;
  readonly requestId: string;
  readonly logger: Logger;
}

/** What the caller gets instead of an answer whose disclosures could not be recorded. */
export const AUDIT_FAILED_MESSAGE = 'Internal error. Quote the request id to the operator.';

/**
 * Writes each request's audit events in one INSERT before the response leaves (awaited in
 * `willSendResponse`). If the log cannot be written, the answer is replaced by an
 * INTERNAL_SERVER_ERROR with status 500: a disclosure that cannot be recorded must not happen,
 * and nothing about the failure (SQL, table names) reaches the caller.
 */
export function auditPlugin<TContext extends AuditPluginContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const { contextValue } = requestContext;
          noteRefusedMutation(requestContext);
          try {
            await contextValue.audit.flush(requestContext.source);
          } catch (error) {
            contextValue.logger.error({ err: error }, 'audit events could not be written: the response is withheld');
            const masked: GraphQLFormattedError = {
              message: AUDIT_FAILED_MESSAGE,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
            };
            requestContext.response.body = { kind: 'single', singleResult: { errors: [masked] } };
            requestContext.response.http.status = 500;
          }
        },
      };
    },
  };
}

/**
 * A mutation that never reached its resolvers (invalid against the schema — e.g. a forged
 * `orgId` in its input — or with variables that do not fit) is still an attempted write: one
 * WRITE event per root field, FAILED, with the error's code.
 */
function noteRefusedMutation<TContext extends AuditPluginContext>(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void {
  const { document, contextValue, errors } = requestContext;
  if (!document || contextValue.audit.writeCount > 0 || !errors?.length) return;
  const operation = getOperationAST(document, requestContext.request.operationName);
  if (operation?.operation !== 'mutation') return;
  const code = errors[0]?.extensions?.code;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== 'Field') continue;
    contextValue.audit.wrote({
      recordType: 'Mutation',
      recordIds: [],
      ownerOrg: null,
      fields: [selection.name.value],
      outcome: 'FAILED',
      errorCode: typeof code === 'string' ? code : 'BAD_REQUEST',
    });
  }
}
