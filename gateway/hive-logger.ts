import { Logger as HiveLogger, type LogLevel, type LogWriter } from '@graphql-hive/gateway-runtime';
import type { Logger as PinoLogger } from 'pino';

/**
 * Hive Gateway logs through its own `Logger`; this routes those lines into Beacon's pino logger so
 * the gateway writes one log stream with one format. (`@graphql-hive/logger/writers/pino` does the
 * same, but it is a transitive dependency we would otherwise have to pin.)
 */
export function hiveLoggerFrom(pino: PinoLogger): HiveLogger {
  const target = pino.child({ component: 'hive-gateway' });
  const writer: LogWriter = {
    write(level, attrs, msg) {
      const fields = Array.isArray(attrs) ? { attrs } : (attrs ?? {});
      target[isExpectedDenial(fields) ? 'debug' : level](fields, msg ?? undefined);
    },
  };
  // Read lazily so a level changed on the pino logger at run time also applies here.
  return new HiveLogger({ level: () => hiveLevelOf(pino.level), writers: [writer] });
}

/**
 * The runtime logs every subgraph error at `error`. A field denied by policy, or an input refused,
 * is Beacon working as intended, not an incident: those go to `debug` (the subgraph that decided
 * keeps its own record of the denial).
 */
const EXPECTED_CODES = new Set(['FORBIDDEN', 'JUSTIFICATION_REQUIRED', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'NOT_FOUND']);
function isExpectedDenial(fields: Record<string, unknown>): boolean {
  const extensions = fields.extensions as { code?: unknown } | undefined;
  return typeof extensions?.code === 'string' && EXPECTED_CODES.has(extensions.code);
}

function hiveLevelOf(pinoLevel: string): LogLevel | false {
  switch (pinoLevel) {
    case 'trace':
    case 'debug':
    case 'info':
    case 'warn':
    case 'error':
      return pinoLevel;
    case 'fatal':
      // Hive has no fatal; its errors are still filtered out by pino itself.
      return 'error';
    default:
      return false;
  }
}
