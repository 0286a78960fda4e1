import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { GatewayMetrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

export interface MetricsServerOptions {
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** When set, a scrape must send `Authorization: Bearer <token>`; otherwise the port's reach is the guard. */
  readonly token?: string;
}

/**
 * `/metrics` lives on its own listener, never on the public port: the series name operations,
 * subgraphs and error rates, which strangers have no business reading. Bound to loopback by
 * default; an operator who exposes it to a scraper on another host sets a token as well.
 */
export function createMetricsServer(options: MetricsServerOptions): Server {
  const expected = options.token === undefined ? undefined : Buffer.from(`Bearer ${options.token}`);
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
      return;
    }
    if (expected !== undefined && !sameSecret(expected, req.headers.authorization)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('Unauthorized.\n');
      return;
    }
    options.metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text),
      (error: unknown) => {
        options.logger.error({ err: error }, 'metrics could not be collected');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics unavailable.\n');
      },
    );
  });
}

function sameSecret(expected: Buffer, sent: string | undefined): boolean {
  const given = Buffer.from(sent ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
