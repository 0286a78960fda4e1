import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import {
  AUDIT_FAILED_MESSAGE,
  auditPlugin,
  AuditRecorder,
  refusedRequestEvent,
  type AuditRequest,
  type AuditSink,
} from '../audit/index.js';
import {
  declaredJustification,
  declaredPurpose,
  type Principal,
  type Purpose,
  type TokenVerifier,
} from '../auth/index.js';
import { httpStatusOf, isBeaconError } from '../errors/index.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../logging/index.js';
import { LoaderRegistry, type RequestContext } from './context.js';
import { isCallerSafe, maskError } from './error-masking.js';
import { SUBGRAPH_PARSE_OPTIONS, subgraphValidationRules } from './operation-limits.js';
import { refuseUnstorableText } from './unstorable-text.js';

/** Requests above this size are refused with 413 before parsing. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
/** A declared purpose is a short word; a refused one is audited up to this length. */
const MAX_AUDITED_PURPOSE_LENGTH = 64;

export interface SubgraphServerOptions {
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** `/ready` answers 200 only while this resolves (e.g. the database answers `SELECT 1`). */
  readonly isReady: () => Promise<boolean>;
  readonly maxBodyBytes?: number;
  /**
   * Where each request's audit events go. Without it nothing is recorded (a schema built for a
   * test, or the audit-overhead benchmark's baseline).
   */
  readonly audit?: AuditSink;
}

export interface SubgraphServer {
  listen(port: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  readonly httpServer: Server;
}

/**
 * Apollo Server behind our own `node:http` server: the token is verified before GraphQL sees the
 * request (401, like the gateway), and `/health` and `/ready` sit beside `/graphql`.
 */
export function createSubgraphServer(options: SubgraphServerOptions): SubgraphServer {
  const { logger, verifier } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const auditSink = options.audit;
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    // Partners explore the composed graph at the gateway; a subgraph has nothing to show strangers.
    introspection: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in validation errors: suggestions rebuild the schema without introspection.
    hideSchemaDetailsFromClientErrors: true,
    // Apollo would stop itself on SIGTERM and then re-raise the signal, killing the process before
    // the CLI's orderly shutdown (gateway, subgraphs, then Postgres) completes. The owner stops us.
    stopOnTerminationSignals: false,
    formatError: maskError,
    // Depth, alias, directive and token limits of its own: a partner may call this port directly.
    validationRules: subgraphValidationRules(),
    parseOptions: SUBGRAPH_PARSE_OPTIONS,
    // Inline traces would tell any caller how long each resolver took: a timing side channel.
    plugins: [
      correlateInternalErrors(),
      ApolloServerPluginInlineTraceDisabled(),
      refuseUnstorableText<RequestContext>(),
      ...(auditSink ? [auditPlugin<RequestContext>()] : []),
    ],
  });
  let started: Promise<void> | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok', service: options.name });
    if (url.pathname === '/ready') {
      const ready = await options.isReady().catch(() => false);
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
    }
    if (url.pathname !== '/graphql') return sendJson(response, 404, errorBody('NOT_FOUND', 'No such endpoint.'));
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return sendJson(response, 405, errorBody('BAD_REQUEST', 'Subgraphs accept GraphQL over POST only.'));
    }

    let principal;
    try {
      principal = await verifier.verifyAuthorization(request.headers.authorization);
    } catch (error) {
      const reason = isBeaconError(error) ? error.message : 'verification failed';
      logger.warn({ requestId, reason, remote: request.socket.remoteAddress }, 'request refused: unauthenticated');
      response.setHeader('www-authenticate', 'Bearer');
      return sendJson(response, 401, errorBody('UNAUTHENTICATED', 'A valid bearer token is required.'));
    }

    const declared = headerValue(request.headers['x-beacon-purpose']);
    const justification = declaredJustification(headerValue(request.headers['x-beacon-justification']));
    const auditRequest = (purposeText: string | undefined): AuditRequest => ({
      requestId,
      actor: actorOf(principal),
      // A refused purpose is caller-chosen text: kept short, it still shows what was tried.
      purpose: purposeText?.slice(0, MAX_AUDITED_PURPOSE_LENGTH) ?? null,
      justification: justification ?? null,
    });

    // Subgraphs check the declared purpose themselves: they trust no caller, the gateway included.
    let purpose: Purpose;
    try {
      purpose = declaredPurpose(principal, declared);
    } catch (error) {
      if (!isBeaconError(error)) throw error;
      logger.warn({ requestId, sub: principal.sub, code: error.code }, 'request refused: purpose');
      if (auditSink) {
        const refused = refusedRequestEvent(auditRequest(declared), error.code, operationText(await readBody(request, maxBodyBytes)));
        try {
          await auditSink.append([refused]);
        } catch (auditError) {
          // As for any request: what cannot be audited is not answered.
          logger.error({ requestId, err: auditError }, 'audit event of a refused request could not be written');
          return sendJson(response, 500, { errors: [{ message: AUDIT_FAILED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
        }
      }
      return sendJson(response, httpStatusOf(error.code), errorBody(error.code, error.message));
    }

    const body = await readBody(request, maxBodyBytes);
    if (body === 'too-large') return sendJson(response, 413, errorBody('BAD_REQUEST', 'The request body is too large.'));
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return sendJson(response, 400, errorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const context: RequestContext = {
      requestId,
      principal,
      purpose,
      justification,
      loaders: new LoaderRegistry(),
      logger: logger.child({ requestId, sub: principal.sub, org: principal.org }),
      audit: new AuditRecorder(auditRequest(purpose), auditSink),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: url.search, body: parsed },
      context: async () => context,
    });
    response.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) response.setHeader(key, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const httpServer = createServer((request, response) => {
    // The gateway's id when it sent a well-formed one: the gateway's and this subgraph's log lines
    // of one request then share it.
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    logWhenFinished(logger, request, response, requestId);
    handle(request, response, requestId).catch((error: unknown) => {
      logger.error({ requestId, err: error }, 'request failed outside GraphQL');
      if (!response.headersSent) sendJson(response, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal error.'));
      else response.destroy();
    });
  });

  return {
    httpServer,
    async listen(port, host = '127.0.0.1') {
      started ??= apollo.start();
      await started;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      return { url: `http://${host}:${address.port}/graphql` };
    },
    async close() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      if (started) await apollo.stop();
    },
  };
}

/**
 * Logs each masked error in full, once, with the request id, and puts that id in the masked
 * error the caller receives: the caller can quote it, the operator can find the cause.
 */
function correlateInternalErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isCallerSafe(error)) contextValue.logger.error({ err: error.originalError ?? error }, 'internal error masked');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          singleResult.errors = singleResult.errors?.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
        },
      };
    },
  };
}

function actorOf(principal: Principal) {
  return { sub: principal.sub, org: principal.org, sector: principal.sector, roles: principal.roles };
}

/** The operation text of a refused request's body, if it has one, so its hash can be audited. */
function operationText(body: string | 'too-large'): string | undefined {
  if (body === 'too-large' || body.length === 0) return undefined;
  try {
    const query = (JSON.parse(body) as { query?: unknown } | null)?.query;
    return typeof query === 'string' ? query : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One access line per request, carrying the request id. Probes of /health and /ready come every
 * few seconds from an orchestrator: they are logged at debug so they do not drown the rest.
 */
function logWhenFinished(logger: Logger, request: IncomingMessage, response: ServerResponse, requestId: string): void {
  const started = performance.now();
  response.once('finish', () => {
    const path = (request.url ?? '/').split('?')[0];
    const line = { requestId, method: request.method, path, status: response.statusCode, durationMs: Math.round(performance.now() - started) };
    logger[path === '/graphql' ? 'info' : 'debug'](line, 'request handled');
  });
}

function headerValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
