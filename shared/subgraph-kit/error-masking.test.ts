import { GraphQLError, parse, validate, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from './error-masking.js';
import { SUBGRAPH_MAX_ALIASES, SUBGRAPH_MAX_TOKENS, subgraphValidationRules } from './operation-limits.js';

function formatted(error: GraphQLError) {
  return error.toJSON();
}

describe("the subgraph kit's maskError", () => {
  it('removes "Did you mean …?" from a variable coercion error, which Apollo leaves in', () => {
    const error = new GraphQLError(
      'Variable "$f" got invalid value { stauts: "OPEN" }; Field "stauts" is not defined by type "CaseFilter". Did you mean "status"?',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(maskError(formatted(error), error)).toEqual({
      message: 'Variable "$f" got invalid value { stauts: "OPEN" }; Field "stauts" is not defined by type "CaseFilter".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("answers graphql-js's token limit as TOKEN_LIMIT_EXCEEDED with the limit", () => {
    let error: GraphQLError | undefined;
    try {
      parse(`{ ${'__typename '.repeat(SUBGRAPH_MAX_TOKENS)} }`, { maxTokens: SUBGRAPH_MAX_TOKENS });
    } catch (thrown) {
      error = thrown as GraphQLError;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    const asApolloSendsIt = new GraphQLError(error!.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(maskError(formatted(asApolloSendsIt), asApolloSendsIt).extensions).toEqual({
      code: 'TOKEN_LIMIT_EXCEEDED',
      limit: SUBGRAPH_MAX_TOKENS,
    });
  });

  it("keeps a limit rule's code and limit where Apollo reports GRAPHQL_VALIDATION_FAILED", () => {
    const schema = buildSchema('type Query { a: Int }');
    const aliases = Array.from({ length: SUBGRAPH_MAX_ALIASES + 1 }, (_, index) => `a${index}: a`).join(' ');
    const [rule] = validate(schema, parse(`{ ${aliases} }`), subgraphValidationRules());
    // Apollo's ValidationError: its own code, the rule's error as `originalError`.
    const wrapped = new GraphQLError(rule!.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, originalError: rule });
    expect(maskError(formatted(wrapped), wrapped).extensions).toEqual({ code: 'ALIAS_LIMIT_EXCEEDED', limit: SUBGRAPH_MAX_ALIASES });
  });

  it('gives a subscription, which no subgraph serves, GRAPHQL_VALIDATION_FAILED instead of an internal error', () => {
    const error = new GraphQLError('Schema is not configured to execute subscription operation.');
    expect(maskError(formatted(error), error)).toEqual({
      message: 'Schema is not configured to execute subscription operation.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('masks an error without a caller-safe code, whatever its message says', () => {
    const error = new GraphQLError('invalid byte sequence for encoding "UTF8": 0x00', { originalError: new Error('SELECT 1') });
    expect(maskError(formatted(error), error)).toEqual({
      message: 'Internal error. Quote the request id to the operator.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
