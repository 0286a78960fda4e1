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
      target[level](fields, msg ?? undefined);
    },
  };
  // Read lazily so a level changed on the pino logger at run time also applies here.
  return new HiveLogger({ level: () => hiveLevelOf(pino.level), writers: [writer] });
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
