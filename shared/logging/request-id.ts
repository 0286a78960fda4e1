import { randomUUID } from 'node:crypto';

/** The header carrying one request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A sent id is reused only if it looks like one: it is copied into every subgraph's request and
 * every log line, so free text (newlines, kilobytes, JSON) must not ride along. The gateway and
 * the subgraphs apply the same pattern, so an id the gateway keeps is never replaced downstream
 * (a replaced id would split one request's log lines in two).
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id sent in `x-request-id` when it is well-formed, otherwise a fresh UUID. */
export function requestIdFrom(header: string | readonly string[] | undefined | null): string {
  const value = typeof header === 'string' ? header.trim() : undefined;
  return value !== undefined && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}
