import { CorruptKeyFolderError } from '../../shared/auth/index.js';
import { ConfigError } from '../../shared/config/index.js';
import { DatabaseStartupError, DatabaseUnavailableError } from '../../shared/database/index.js';
import { isBeaconError } from '../../shared/errors/index.js';
import { CompositionError } from '../compose/compose-supergraph.js';
import { StackStartError } from '../stack/ports.js';

/**
 * One sentence for the operator. Expected failures (a port in use, a missing database, a corrupt
 * key folder, a bad variable) already say what to do; anything else is a bug, and says where to look.
 */
export function describeFailure(error: unknown): string {
  const expected = [StackStartError, ConfigError, DatabaseStartupError, DatabaseUnavailableError, CorruptKeyFolderError, CompositionError];
  if (expected.some((type) => error instanceof type) || isBeaconError(error)) return (error as Error).message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    return `${error.message} (see \`npx beacon --help\`)`;
  }
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `${error.message}: a port is already in use; set the service's BEACON_*_PORT to another port.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${message}\n(unexpected; rerun with BEACON_LOG_LEVEL=debug for details)`;
}
