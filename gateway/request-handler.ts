import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Logger } from 'pino';
import { declaredPurpose, PURPOSE_HEADER, type Principal, type TokenVerifier } from '../shared/auth/index.js';
import { isBeaconError } from '../shared/errors/index.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../shared/logging/index.js';
import { analyticsExportRoutes } from './analytics/analytics-export.js';
import { analystPageRoutes } from './analyst/index.js';
import { gatewayHttpStatusOf, type GatewayErrorCode } from './gateway-error.js';
import type { InFlightRequests } from './in-flight.js';
import type { GatewayMetrics } from './metrics.js';
import type { RateLimiter } from './rate-limit.js';
import { GRAPHQL_PATH } from './runtime.js';

export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';
export const JWKS_PATH = '/.well-known/jwks.json';
export const EXPLORER_PATH = '/';
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * The only request body accepted. A browser can send `text/plain`, `multipart/form-data` and
 * `application/x-www-form-urlencoded` cross-site without a preflight; refusing them means no
 * simple request (CSRF) can run an operation.
 */
const ACCEPTED_MEDIA_TYPE = 'application/json';
/** What a caller learns about a failed token; the reason goes to the log only. */
const UNAUTHENTICATED_MESSAGE = 'Authentication required: send a valid bearer token.';

export interface RequestHandlerOptions {
  readonly runtime: GatewayRuntime;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** The explorer page, rendered once. */
  readonly explorerHtml: Buffer;
  /** The explorer's other GET routes by path (the dev stack's demo tokens). */
  readonly explorerRoutes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>>;
  /** The JWKS document to publish, serialised once; absent outside the dev stack. */
  readonly jwksJson?: string;
  /** Resolves when the runtime has a loaded supergraph; rejects when it failed to load one. */
  readonly isReady: () => Promise<boolean>;
  /** Bodies over this many bytes get 413 before they are parsed. */
  readonly maxBodyBytes: number;
  /** Token buckets per user and organisation; none: no rate limit. */
  readonly rateLimiter?: RateLimiter;
  /** True once a shutdown began: responses then close their connection. */
  readonly isDraining: () => boolean;
  readonly metrics: GatewayMetrics;
  /** Every request is counted here, so a shutdown can wait for it. */
  readonly inFlight: InFlightRequests;
}

type Route = (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void> | void;

/**
 * Beacon's router in front of the runtime: the runtime only ever sees authenticated
 * `POST /graphql` requests, so its planner never runs for an anonymous caller.
 */
export function createRequestHandler(options: RequestHandlerOptions) {
  const { runtime, verifier, logger, metrics } = options;

  /** A refusal Beacon's router sends itself, counted like the errors in GraphQL responses. */
  function sendError(res: ServerResponse, code: GatewayErrorCode, message: string, details?: Record<string, unknown>): void {
    metrics.errors.inc({ code });
    sendJson(res, gatewayHttpStatusOf(code), errorBody(code, message, details));
  }

  const routes = new Map<string, { method: string; handle: Route }>([
    [GRAPHQL_PATH, { method: 'POST', handle: graphql }],
    [EXPLORER_PATH, { method: 'GET', handle: (_req, res) => send(res, 200, HTML, options.explorerHtml) }],
    [HEALTH_PATH, { method: 'GET', handle: (_req, res) => sendJson(res, 200, { status: 'ok' }) }],
    [READY_PATH, { method: 'GET', handle: ready }],
  ]);
  for (const [path, handle] of Object.entries(options.explorerRoutes ?? {})) routes.set(path, { method: 'GET', handle });
  // The k-anonymous aggregates as CSV and GeoJSON (gateway/analytics/): same token and purpose rules.
  for (const [path, handle] of Object.entries(analyticsExportRoutes({ runtime, verifier, logger }))) routes.set(path, { method: 'GET', handle });
  // The analyst pages (gateway/analyst/): static, no data; their script calls /graphql with the caller's token.
  for (const [path, handle] of Object.entries(analystPageRoutes({ graphqlEndpoint: GRAPHQL_PATH }))) routes.set(path, { method: 'GET', handle });
  if (options.jwksJson !== undefined) {
    const jwks = options.jwksJson;
    routes.set(JWKS_PATH, { method: 'GET', handle: (_req, res) => send(res, 200, JSON_TYPE, jwks) });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    let principal: Principal;
    try {
      principal = await verifier.verifyAuthorization(req.headers.authorization);
      logger.debug({ requestId, sub: principal.sub, org: principal.org }, 'authenticated');
    } catch (error) {
      const code: GatewayErrorCode = isBeaconError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
      if (code === 'UNAUTHENTICATED') {
        logger.warn({ requestId, reason: (error as Error).message }, 'rejected a request before planning');
        res.setHeader('www-authenticate', 'Bearer');
        return sendError(res, code, UNAUTHENTICATED_MESSAGE);
      }
      logger.error({ requestId, err: error }, 'token verification failed unexpectedly');
      return sendError(res, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    }
    // A request without a granted purpose gets no data at all, not even a plan.
    try {
      declaredPurpose(principal, headerOf(req, PURPOSE_HEADER));
    } catch (error) {
      if (!isBeaconError(error)) throw error;
      logger.warn({ requestId, sub: principal.sub, code: error.code }, 'rejected a request without a granted purpose');
      return sendError(res, error.code, error.message);
    }
    if (options.rateLimiter && !(await withinRateLimit(options.rateLimiter, principal, res, requestId))) return;
    if (mediaTypeOf(headerOf(req, 'content-type')) !== ACCEPTED_MEDIA_TYPE) {
      return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', 'Send the operation as JSON: content-type: application/json.');
    }
    const body = await readBody(req, options.maxBodyBytes);
    if (body === undefined) {
      // The rest of the body is never read, so the connection cannot carry another request.
      res.setHeader('connection', 'close');
      return sendError(res, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${options.maxBodyBytes} bytes.`, {
        limit: options.maxBodyBytes,
      });
    }
    const refusal = bodyRefusal(body);
    if (refusal) return sendError(res, refusal.code, refusal.message);
    // The runtime reads an already-read body from `req.body` (as it does behind Express's body
    // parsers); the bytes are the client's own, so it parses exactly what was checked here.
    (req as IncomingMessage & { body?: Buffer }).body = body;
    // The runtime reads the id from the request (see runtime.ts), so it must be on the headers.
    req.headers[REQUEST_ID_HEADER] = requestId;
    // The listener writes the response itself and turns its own failures into a 500.
    await runtime.requestListener(req, res);
  }

  /** Sets the rate-limit headers; answers 429 and returns false when a bucket is empty. */
  async function withinRateLimit(
    limiter: RateLimiter,
    principal: Principal,
    res: ServerResponse,
    requestId: string,
  ): Promise<boolean> {
    let decision;
    try {
      decision = await limiter.take(principal);
    } catch (error) {
      // Failing open: a Redis outage must not take every institution offline with it. The
      // operation limits still bound each request, and the outage is logged for the operator.
      logger.error({ requestId, err: error }, 'rate limit not checked: the store failed');
      return true;
    }
    for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
    if (decision.allowed) return true;
    logger.warn({ requestId, sub: principal.sub, org: principal.org }, 'rate limited');
    metrics.rateLimited.inc();
    res.setHeader('retry-after', String(decision.retryAfterSeconds));
    sendError(res, 'RATE_LIMITED', `Too many requests; retry in ${decision.retryAfterSeconds} s.`, {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
    return false;
  }

  async function ready(_req: IncomingMessage, res: ServerResponse): Promise<void> {
    const isReady = await options.isReady().catch((error: unknown) => {
      logger.error({ err: error }, 'the supergraph failed to load');
      return false;
    });
    const status = isReady ? 'ready' : options.isDraining() ? 'draining' : 'loading';
    sendJson(res, isReady ? 200 : 503, { status });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    options.inFlight.track(res);
    // While draining, a keep-alive client must reconnect (to another replica) for its next request.
    if (options.isDraining()) res.setHeader('connection', 'close');
    // The common case, a target that is a route's own path, needs no URL parser.
    const path = req.url !== undefined && routes.has(req.url) ? req.url : pathOf(req.url);
    logWhenFinished(req, res, path, requestId);
    try {
      // HEAD is GET without a body; Node drops the body itself.
      const method = req.method === 'HEAD' ? 'GET' : req.method;
      const route = routes.get(path);
      if (!route) return sendError(res, 'NOT_FOUND', `No route ${req.method} ${path}.`);
      if (route.method !== method) {
        // GET /graphql included: operations, mutations above all, never run from a URL.
        res.setHeader('allow', route.method === 'GET' ? 'GET, HEAD' : route.method);
        return sendError(res, 'METHOD_NOT_ALLOWED', `${path} accepts ${route.method} only.`);
      }
      await route.handle(req, res, requestId);
    } catch (error) {
      // A request must never take the process down; the client gets the id to quote, not the cause.
      logger.error({ requestId, err: error }, 'request failed');
      if (!res.headersSent) sendError(res, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
      else res.destroy();
    }
  };

  /**
   * One access line per request, with the request id the subgraphs log too, and the request
   * counter. Probes (/health, /ready) come every few seconds: debug, so they do not drown the rest.
   * Unknown paths share one label, so a scanner cannot mint a series per path it tries.
   */
  function logWhenFinished(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): void {
    const started = performance.now();
    res.once('finish', () => {
      const route = routes.has(path) ? path : 'other';
      metrics.requests.inc({ route, status: String(res.statusCode) });
      const line = { requestId, method: req.method, path: route, status: res.statusCode, durationMs: Math.round(performance.now() - started) };
      logger[route === GRAPHQL_PATH ? 'info' : 'debug'](line, 'request handled');
    });
  }
}

/** The request's path; a target no URL parser accepts (`//`, `http://[`) matches no route. */
function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? '/', 'http://gateway.invalid').pathname;
  } catch {
    return '';
  }
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

/** The body, or `undefined` once it passes `limit` bytes (declared or actually sent). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Refuses what is not one GraphQL request: empty, not JSON, or a batch (a JSON array). */
function bodyRefusal(body: Buffer): { code: GatewayErrorCode; message: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
  }
  if (Array.isArray(parsed)) {
    return { code: 'BATCHING_NOT_ALLOWED', message: 'Send one operation per request; batches are refused.' };
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return { code: 'BAD_REQUEST', message: 'The request body must be a JSON object with a "query".' };
  }
  return undefined;
}

function errorBody(code: GatewayErrorCode, message: string, details: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...details } }] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON_TYPE, JSON.stringify(body));
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
