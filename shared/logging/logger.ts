import { pino, type Logger } from 'pino';

export type { Logger };

/** Log level when `BEACON_LOG_LEVEL` is not set: quiet enough for a terminal, complete enough to debug. */
export const DEFAULT_LOG_LEVEL = 'info';

/**
 * One structured logger per service. JSON lines on stdout, so logs from the gateway and the
 * subgraphs can be joined on `requestId` by any log shipper.
 */
export function createLogger(service: string, level: string = DEFAULT_LOG_LEVEL): Logger {
  return pino({ name: service, level, base: { service } });
}
