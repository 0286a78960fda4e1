import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { BeaconAuthError } from './beacon-auth-error.js';
import { BeaconResponseError } from './beacon-response-error.js';

/** The codes Beacon's gateway and subgraphs put in `extensions.code` (docs/errors.md explains each). */
export type BeaconKnownErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PURPOSE_REQUIRED'
  | 'PURPOSE_NOT_GRANTED'
  | 'JUSTIFICATION_REQUIRED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'AGGREGATE_TOO_SPECIFIC'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * The `extensions.code` of an error Beacon returns; switch on the code, never on the message.
 * Codes from the GraphQL layer itself (e.g. `GRAPHQL_VALIDATION_FAILED`) arrive as other strings;
 * `string & {}` admits them without collapsing the union, so editors still offer Beacon's codes.
 */
export type BeaconErrorCode = BeaconKnownErrorCode | (string & {});

/** One GraphQL error of a response. A denied field is `null` in `data` and has one of these. */
export interface BeaconGraphQLError {
  readonly message: string;
  /** Where in `data` the error occurred, e.g. `['people', 0, 'survivors', 0, 'givenName']`. */
  readonly path?: ReadonlyArray<string | number>;
  readonly locations?: ReadonlyArray<{ readonly line: number; readonly column: number }>;
  /** Always an object; `code` is absent only when the server sent none. */
  readonly extensions: { readonly code?: BeaconErrorCode; readonly [key: string]: unknown };
}

/** A GraphQL response: partial `data` and errors can come together (e.g. one sector is down). */
export interface BeaconResult<TResult> {
  data: TResult | null;
  errors: BeaconGraphQLError[];
}

export interface BeaconClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://beacon.example.org/graphql`. */
  readonly url: string | URL;
  /**
   * The caller's JWT, sent as `Authorization: Bearer <token>`; or a function called before each
   * request that returns the current one, for tokens refreshed while the client lives.
   */
  readonly token: string | (() => string | Promise<string>);
  /** Declared purpose, sent as `x-beacon-purpose` on every request. Default: not sent. */
  readonly purpose?: string;
  /** Justification (e.g. a case reference), sent as `x-beacon-justification`. Default: not sent. */
  readonly justification?: string;
  /** The fetch to use. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** Per-request settings; `purpose` and `justification` override the client's. */
export interface BeaconRequestOptions {
  readonly purpose?: string;
  readonly justification?: string;
  readonly signal?: AbortSignal;
}

export interface BeaconClient {
  /**
   * Sends one operation. Resolves with its data and errors, whatever the HTTP status, as long as
   * the answer is a GraphQL response. Rejects with `BeaconAuthError` on HTTP 401 and with
   * `BeaconResponseError` when the answer is not a GraphQL response.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: BeaconRequestOptions,
  ): Promise<BeaconResult<TResult>>;
}

const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/** A client for Beacon's gateway; see `examples/` and `sdk/generated.ts` for typed documents. */
export function createBeaconClient(options: BeaconClientOptions): BeaconClient {
  const url = checkUrl(options.url);
  if (typeof options.token === 'string' && options.token.trim() === '') {
    throw new TypeError('createBeaconClient: token is empty; pass the JWT your identity provider issued.');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const queries = new WeakMap<object, { query: string; operationName: string | undefined }>();

  function queryOf(document: DocumentNode) {
    let printed = queries.get(document);
    if (printed === undefined) {
      const operation = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
      printed = { query: print(document), operationName: operation?.name?.value };
      queries.set(document, printed);
    }
    return printed;
  }

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      requestOptions: BeaconRequestOptions = {},
    ): Promise<BeaconResult<TResult>> {
      const token = typeof options.token === 'string' ? options.token : await options.token();
      const headers: Record<string, string> = {
        accept: ACCEPT,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      };
      const purpose = requestOptions.purpose ?? options.purpose;
      const justification = requestOptions.justification ?? options.justification;
      if (purpose !== undefined) headers['x-beacon-purpose'] = purpose;
      if (justification !== undefined) headers['x-beacon-justification'] = justification;

      const response = await fetchImpl(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...queryOf(document), variables }),
        signal: requestOptions.signal,
      });
      if (response.status === 401) throw new BeaconAuthError();
      return readResult<TResult>(response);
    },
  };
}

function checkUrl(url: string | URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`createBeaconClient: url ${JSON.stringify(String(url))} is not an absolute URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`createBeaconClient: url must be http(s), got ${parsed.protocol}`);
  }
  return parsed;
}

async function readResult<TResult>(response: Response): Promise<BeaconResult<TResult>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BeaconResponseError(response.status, 'the body is not JSON');
  }
  if (!isRecord(body) || (!('data' in body) && !('errors' in body))) {
    throw new BeaconResponseError(response.status, 'the JSON has neither data nor errors');
  }
  const errors = Array.isArray(body.errors) ? body.errors.map(toBeaconError) : [];
  // The shape of `data` is the server's promise for this document; it is not re-checked here.
  const data = isRecord(body.data) ? (body.data as TResult) : null;
  return { data, errors };
}

function toBeaconError(raw: unknown): BeaconGraphQLError {
  if (!isRecord(raw)) return { message: String(raw), extensions: {} };
  const error: { -readonly [K in keyof BeaconGraphQLError]: BeaconGraphQLError[K] } = {
    message: typeof raw.message === 'string' ? raw.message : 'Unknown error.',
    extensions: toExtensions(raw.extensions),
  };
  if (Array.isArray(raw.path)) error.path = raw.path as Array<string | number>;
  if (Array.isArray(raw.locations)) error.locations = raw.locations as Array<{ line: number; column: number }>;
  return error;
}

function toExtensions(raw: unknown): BeaconGraphQLError['extensions'] {
  if (!isRecord(raw)) return {};
  const { code, ...rest } = raw;
  return typeof code === 'string' ? { ...rest, code } : rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
