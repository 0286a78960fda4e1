import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/*
 * A subgraph's own operation limits. The gateway refuses oversized operations before planning,
 * but a subgraph trusts no caller (DESIGN principle 6): a partner holding a valid token can call
 * its port directly. Depth, alias and directive limits are twice the gateway's defaults, so that
 * whatever the gateway's query planner makes of an operation the gateway accepted (it adds keys,
 * `__typename`s and an `_entities` level) still fits, while graphql-cop's attacks do not. Tokens
 * get ten times: the planner inlines every fragment, so a short operation can become a long one.
 */

/** Codes a subgraph answers with when a limit refuses an operation; the gateway uses the same. */
export type SubgraphLimitCode = 'DEPTH_LIMIT_EXCEEDED' | 'ALIAS_LIMIT_EXCEEDED' | 'DIRECTIVE_LIMIT_EXCEEDED' | 'TOKEN_LIMIT_EXCEEDED';
export const SUBGRAPH_LIMIT_CODES: ReadonlySet<string> = new Set<SubgraphLimitCode>([
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
]);

export const SUBGRAPH_MAX_DEPTH = 16;
export const SUBGRAPH_MAX_ALIASES = 30;
export const SUBGRAPH_MAX_DIRECTIVES = 16;
export const SUBGRAPH_MAX_TOKENS = 5_000;

/** Tokens are counted by graphql-js's own parser, which stops reading past the limit. */
export const SUBGRAPH_PARSE_OPTIONS: ParseOptions = Object.freeze({ maxTokens: SUBGRAPH_MAX_TOKENS });

/**
 * graphql-js's message when `maxTokens` stops a parse (graphql is pinned; the attack suite holds
 * it): Apollo reports it as GRAPHQL_PARSE_FAILED, masking turns it into TOKEN_LIMIT_EXCEEDED.
 */
export const TOO_MANY_TOKENS_MESSAGE = /^Syntax Error: Document contains more that \d+ tokens\. Parsing aborted\.$/;

/** graphql-armor's depth, alias and directive rules, each reporting a Beacon code and its limit. */
export function subgraphValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: SUBGRAPH_MAX_DEPTH,
      propagateOnRejection: false,
      onReject: [reportAs('DEPTH_LIMIT_EXCEEDED', SUBGRAPH_MAX_DEPTH, `The operation nests selections deeper than ${SUBGRAPH_MAX_DEPTH}.`)],
    }),
    maxAliasesRule({
      n: SUBGRAPH_MAX_ALIASES,
      allowList: [],
      propagateOnRejection: false,
      onReject: [reportAs('ALIAS_LIMIT_EXCEEDED', SUBGRAPH_MAX_ALIASES, `The operation uses more than ${SUBGRAPH_MAX_ALIASES} aliases.`)],
    }),
    maxDirectivesRule({
      n: SUBGRAPH_MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [reportAs('DIRECTIVE_LIMIT_EXCEEDED', SUBGRAPH_MAX_DIRECTIVES, `The operation uses more than ${SUBGRAPH_MAX_DIRECTIVES} directives.`)],
    }),
  ];
}

export function limitError(code: SubgraphLimitCode, limit: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit } });
}

function reportAs(code: SubgraphLimitCode, limit: number, message: string) {
  return (context: ValidationContext | null) => context?.reportError(limitError(code, limit, message));
}
