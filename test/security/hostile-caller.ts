import { expect } from 'vitest';
import type { PersonaName } from '../../shared/auth/index.js';
import { DEFAULT_HEADERS, type GraphQLResponse, type TestStack } from '../support/stack.js';

/*
 * What an attacker's script does: raw HTTP with whatever body, method and headers it likes, to
 * the gateway or straight to a subgraph. Every answer is then searched for what must never leak.
 */

/** Where a request goes: the gateway, or one subgraph called directly. */
export type Target = 'gateway' | 'law-enforcement' | 'ngo' | 'financial' | 'linkage';
export const SUBGRAPH_TARGETS = ['law-enforcement', 'ngo', 'financial', 'linkage'] as const;
/** A persona whose token each subgraph accepts and whose purpose it grants (any member will do). */
export const MEMBER_OF: Readonly<Record<Target, PersonaName>> = {
  gateway: 'le-investigator',
  'law-enforcement': 'le-investigator',
  ngo: 'ngo-caseworker',
  financial: 'bank-compliance',
  linkage: 'hub-analyst',
};
/** GraphQL over HTTP's own media type: with it, a request error is a 4xx, not a 200. */
export const SPEC_ACCEPT = { accept: 'application/graphql-response+json' } as const;

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body as JSON, when it is JSON. */
  readonly body: GraphQLResponse | undefined;
}

export interface RawRequest {
  readonly method?: string;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Appended to the GraphQL endpoint's URL (e.g. `?query=…`). */
  readonly search?: string;
  /** A path at the gateway's origin instead of `/graphql`. */
  readonly path?: string;
}

export function urlOf(stack: TestStack, target: Target, request: Pick<RawRequest, 'path' | 'search'> = {}): string {
  const graphql = target === 'gateway' ? `${stack.gatewayUrl}/graphql` : (stack.subgraphUrls[target] as string);
  const base = request.path === undefined ? graphql : new URL(request.path, graphql).toString();
  return `${base}${request.search ?? ''}`;
}

/** The persona's token and purpose headers; `null` for a stranger, who sends none. */
export function credentialsOf(stack: TestStack, as: PersonaName | null): Record<string, string> {
  return as === null ? {} : { authorization: `Bearer ${stack.tokens[as]}`, ...DEFAULT_HEADERS[as] };
}

export async function send(stack: TestStack, target: Target, as: PersonaName | null, request: RawRequest = {}): Promise<RawAnswer> {
  const method = request.method ?? 'POST';
  const hasBody = request.body !== undefined && method !== 'GET' && method !== 'HEAD';
  const response = await fetch(urlOf(stack, target, request), {
    method,
    headers: {
      ...(hasBody && typeof request.body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...credentialsOf(stack, as),
      ...request.headers,
    },
    body: hasBody ? (typeof request.body === 'string' ? request.body : JSON.stringify(request.body)) : undefined,
  });
  const text = await response.text();
  let body: GraphQLResponse | undefined;
  try {
    body = JSON.parse(text) as GraphQLResponse;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** One GraphQL operation, POSTed as JSON, as a member (or stranger) would send it. */
export function operation(
  stack: TestStack,
  target: Target,
  as: PersonaName | null,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  return send(stack, target, as, { body: { query, variables: options.variables }, headers: options.headers });
}

/**
 * Signs of a leak in what a caller reads: a stack frame or source path, SQL or a driver's words,
 * an internal address. The subgraphs' own URLs are internal too: callers know only the gateway.
 */
export function leaksIn(stack: TestStack, text: string): string[] {
  const signs: Array<[string, RegExp]> = [
    ['stack frame', /\n\s+at \S|\bat \S+ \(.*:\d+:\d+\)/],
    ['source path', /\/work\/|node_modules|\.ts:\d+|\.js:\d+|file:\/\//],
    ['SQL', /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WHERE)\b|QueryFailedError|relation "|syntax error at|violates .*constraint|invalid input syntax|byte sequence|\bpg_/],
    ['internal address', /127\.0\.0\.1|localhost|::1|ECONNREFUSED/],
    ['error class', /TypeError|ReferenceError|RangeError|SyntaxError: Unexpected token/],
  ];
  for (const url of Object.values(stack.subgraphUrls)) signs.push(['subgraph URL', new RegExp(new URL(url).host.replace(/\./g, '\\.'))]);
  return signs.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Every error carries a code from the documented list, and nothing in them leaks. */
export function expectSafeErrors(stack: TestStack, answer: RawAnswer, codes: readonly string[]): void {
  expect(answer.body, `not JSON: ${answer.text.slice(0, 300)}`).toBeDefined();
  const errors = answer.body?.errors ?? [];
  expect(errors.length, `no errors in ${answer.text.slice(0, 300)}`).toBeGreaterThan(0);
  for (const error of errors) {
    expect(codes, `${error.message} (${String(error.extensions?.code)})`).toContain(error.extensions?.code);
    expect(Object.keys(error.extensions ?? {})).not.toContain('stacktrace');
    expect(Object.keys(error.extensions ?? {})).not.toContain('exception');
  }
  expect(leaksIn(stack, JSON.stringify(errors)), JSON.stringify(errors).slice(0, 500)).toEqual([]);
}

/** The refusal is one error with exactly this code, no data, and nothing leaked. */
export function expectRefusal(stack: TestStack, answer: RawAnswer, code: string, status?: number): void {
  if (status !== undefined) expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expectSafeErrors(stack, answer, [code]);
  expect(answer.body?.data ?? null).toBeNull();
}

/** `count` copies of a selection, joined: the raw material of the overloading attacks. */
export function repeated(count: number, selection: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => selection(index)).join(' ');
}
