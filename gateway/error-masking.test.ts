import { GraphQLError, Kind, parse, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  createErrorMasker,
  SUBGRAPH_UNAVAILABLE_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
  useCrashMasking,
  useRequestIdInMaskedErrors,
} from './error-masking.js';

const mask = createErrorMasker(pino({ level: 'silent' }));

function fromSubgraph(message: string, extensions: Record<string, unknown>, originalError?: Error) {
  const options = { path: ['things', 0], extensions: { serviceName: 'beta', ...extensions }, originalError };
  return new GraphQLError(message, options);
}

function shown(error: Error) {
  return (error as GraphQLError).toJSON();
}

describe('maskGatewayError', () => {
  it('turns a refused connection into SUBGRAPH_UNAVAILABLE without the address or request body', () => {
    const error = fromSubgraph(
      'connect ECONNREFUSED 10.1.2.3:4002',
      { code: 'SUBREQUEST_HTTP_ERROR', request: { method: 'POST', body: '{"query":"{ secret }"}' } },
      new Error('connect ECONNREFUSED 10.1.2.3:4002'),
    );
    expect(shown(mask(error))).toEqual({
      message: SUBGRAPH_UNAVAILABLE_MESSAGE,
      path: ['things', 0],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'beta' },
    });
  });

  it('turns a timeout, with its 504 status, into SUBGRAPH_UNAVAILABLE so partial data stays HTTP 200', () => {
    const error = fromSubgraph('The operation was aborted due to timeout', {
      code: 'GATEWAY_TIMEOUT',
      http: { status: 504 },
      request: { url: 'http://financial.internal:4003/graphql' },
    });
    expect(shown(mask(error)).extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'beta' });
  });

  it('hides the body of a subgraph that answered with something other than GraphQL', () => {
    const error = fromSubgraph('Unexpected response: "<html>proxy at 10.0.0.9</html>"', {
      code: 'RESPONSE_VALIDATION_FAILED',
      response: { status: 502, body: '<html>proxy at 10.0.0.9</html>' },
    });
    expect(JSON.stringify(shown(mask(error)))).not.toContain('10.0.0.9');
  });

  it("passes a subgraph's domain error (FORBIDDEN) through with its message and details", () => {
    const error = fromSubgraph('Not allowed for this purpose.', { code: 'FORBIDDEN', field: 'Account.iban' });
    expect(shown(mask(error))).toEqual({
      message: 'Not allowed for this purpose.',
      path: ['things', 0],
      extensions: { code: 'FORBIDDEN', field: 'Account.iban', serviceName: 'beta' },
    });
  });

  it('masks a subgraph error with no code or an internal code, keeping only the subgraph name', () => {
    for (const extensions of [{}, { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.query'] }]) {
      expect(shown(mask(fromSubgraph('relation "accounts" does not exist', extensions)))).toEqual({
        message: UNEXPECTED_ERROR_MESSAGE,
        path: ['things', 0],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'beta' },
      });
    }
  });

  it("keeps the gateway's own validation errors, which describe only the caller's operation", () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(mask(error)).toBe(error);
  });

  it('masks anything thrown that is not a GraphQL error', () => {
    expect(shown(mask(new TypeError('x is undefined at /srv/gateway/index.ts:12')))).toEqual({
      message: UNEXPECTED_ERROR_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('gives a variable that does not fit its type BAD_USER_INPUT, and a subscription GRAPHQL_VALIDATION_FAILED', () => {
    const operation = parse('subscription ($id: ID!) { x }').definitions[0] as OperationDefinitionNode;
    const variable = operation.variableDefinitions?.[0] as VariableDefinitionNode;
    const badVariable = new GraphQLError('Variable "$id" got invalid value {}; ID cannot represent value: {}', { nodes: variable });
    expect(shown(mask(badVariable)).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const subscription = new GraphQLError('Schema is not configured to execute subscription operation.', { nodes: operation });
    expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
    expect(shown(mask(subscription)).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('useCrashMasking', () => {
  it('answers an exception thrown past the runtime with a masked 500 in JSON, never its stack', async () => {
    let handler: ((request: Request, context: object) => Promise<Response>) | undefined;
    const plugin = useCrashMasking(pino({ level: 'silent' }));
    (plugin.onRequest as (payload: unknown) => void)({
      requestHandler: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'errors') at /srv/gateway/metrics-plugin.ts:28:19");
      },
      setRequestHandler: (next: typeof handler) => void (handler = next),
      fetchAPI: { Response },
    });
    const response = await handler!(new Request('http://gateway.invalid/graphql'), {});
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message: UNEXPECTED_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
});

describe('useRequestIdInMaskedErrors', () => {
  it("adds the request's id to each INTERNAL_SERVER_ERROR, and to nothing else", () => {
    let processed: { errors?: readonly GraphQLError[] } | undefined;
    const internal = new GraphQLError(UNEXPECTED_ERROR_MESSAGE, { path: ['people', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const forbidden = new GraphQLError('You are not allowed to see this field.', { extensions: { code: 'FORBIDDEN' } });
    const plugin = useRequestIdInMaskedErrors('x-request-id');
    (plugin.onResultProcess as (payload: unknown) => void)({
      request: new Request('http://gateway.invalid/graphql', { headers: { 'x-request-id': 'req-1234' } }),
      result: { data: { people: null }, errors: [internal, forbidden] },
      setResult: (next: typeof processed) => void (processed = next),
    });
    expect(processed?.errors?.map((error) => error.toJSON())).toEqual([
      { message: UNEXPECTED_ERROR_MESSAGE, path: ['people', 0], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1234' } },
      { message: 'You are not allowed to see this field.', extensions: { code: 'FORBIDDEN' } },
    ]);
  });
});
