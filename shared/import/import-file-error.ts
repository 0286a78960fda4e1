import { BeaconError } from '../errors/index.js';

/** Why a file cannot be imported at all (as opposed to one of its rows being rejected). */
export type ImportFileProblem =
  | 'MISSING_COLUMNS'
  | 'DUPLICATE_COLUMNS'
  | 'EMPTY_FILE'
  | 'RECORD_TOO_LONG'
  | 'BAD_OPTIONS';

/**
 * The file (or the options) stop the import. Found before the first row for columns and options;
 * a record too long is found where it starts, and batches committed before it stay committed
 * (rerunning the fixed file is safe: imports are idempotent).
 */
export class ImportFileError extends BeaconError {
  readonly problem: ImportFileProblem;

  constructor(problem: ImportFileProblem, message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { problem, ...details });
    this.name = 'ImportFileError';
    this.problem = problem;
  }
}
