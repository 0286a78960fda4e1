import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { limitExceeded, type OperationLimitCode } from './gateway-error.js';

export interface OperationLimits {
  /** Deepest nesting of selections; introspection is bounded separately. */
  readonly maxDepth: number;
  /** Aliased fields per operation, `__typename` included (the alias-overloading attack uses it). */
  readonly maxAliases: number;
  /** Lexical tokens per document, checked while parsing, so a huge document is never built. */
  readonly maxTokens: number;
  /** Characters per document, checked before parsing. */
  readonly maxCharacters: number;
  /** Directive uses per operation. */
  readonly maxDirectives: number;
}

/**
 * graphql-cop's circular introspection nests `fields { type { fields … } }`. The runtime already
 * validates with graphql-js's `MaxIntrospectionDepthRule`, which refuses more than this many
 * nested list fields in introspection (GraphiQL's own query needs fewer); only its error, a bare
 * GRAPHQL_VALIDATION_FAILED, is replaced here.
 */
export const INTROSPECTION_LIST_DEPTH = 3;
/** The message of graphql-js 16's `MaxIntrospectionDepthRule` (graphql is pinned; a test holds it). */
const INTROSPECTION_DEPTH_MESSAGE = 'Maximum introspection depth exceeded';

/**
 * graphql-armor's depth, alias, token, character and directive limits, run before any planning.
 * Armor's own errors say "Syntax Error: …" with no code; each is replaced by a Beacon error whose
 * code names the limit and whose `extensions.limit` gives its value (`docs/errors.md`).
 */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`Operation limit ${name} must be a positive whole number; got ${value}.`);
  }
  const tokens = maxTokensPlugin({
    n: limits.maxTokens,
    onReject: [rejectWith('TOKEN_LIMIT_EXCEEDED', limits.maxTokens, `The operation has more than ${limits.maxTokens} tokens.`)],
  });
  const characters = characterLimitPlugin({
    maxLength: limits.maxCharacters,
    onReject: [rejectWith('CHARACTER_LIMIT_EXCEEDED', limits.maxCharacters, `The operation is longer than ${limits.maxCharacters} characters.`)],
  });
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [reportAs('DEPTH_LIMIT_EXCEEDED', limits.maxDepth, `The operation nests selections deeper than ${limits.maxDepth}.`)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: [reportAs('ALIAS_LIMIT_EXCEEDED', limits.maxAliases, `The operation uses more than ${limits.maxAliases} aliases.`)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('DIRECTIVE_LIMIT_EXCEEDED', limits.maxDirectives, `The operation uses more than ${limits.maxDirectives} directives.`)],
    }),
  ];

  return {
    onParse(payload) {
      // Each armor plugin installs its parse function through `setParseFn`; chaining them here
      // keeps both: the character check runs first and hands over to the token-counting parser.
      let parseFn = payload.parseFn;
      const chained = { ...payload, setParseFn: (next: typeof parseFn) => void (parseFn = next) };
      tokens.onParse!({ ...chained, parseFn } as never);
      characters.onParse!({ ...chained, parseFn } as never);
      payload.setParseFn(parseFn);
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(result.map((error) => (error.message === INTROSPECTION_DEPTH_MESSAGE ? introspectionTooDeep() : error)));
      };
    },
  };
}

/** Parse-time limits have no validation context to report to: they abort the parse. */
function rejectWith(code: OperationLimitCode, limit: number, message: string) {
  return () => {
    throw limitExceeded(code, limit, message);
  };
}

function reportAs(code: OperationLimitCode, limit: number, message: string) {
  return (context: ValidationContext | null) => context?.reportError(limitExceeded(code, limit, message));
}

function introspectionTooDeep(): GraphQLError {
  return limitExceeded(
    'INTROSPECTION_DEPTH_EXCEEDED',
    INTROSPECTION_LIST_DEPTH,
    `The introspection query nests list fields deeper than ${INTROSPECTION_LIST_DEPTH}.`,
  );
}
