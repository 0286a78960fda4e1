/** Why the embedded Postgres could not start; the CLI can switch on it, people read the message. */
export type DatabaseStartupReason =
  | 'PORT_IN_USE'
  | 'CORRUPT_DATA_DIR'
  | 'ALREADY_RUNNING'
  | 'PASSWORD_MISSING'
  | 'INIT_FAILED'
  | 'UNREACHABLE_DATA_DIR';

/** The embedded Postgres would not start. The message is one sentence that says what to do. */
export class DatabaseStartupError extends Error {
  readonly code = 'DATABASE_STARTUP_FAILED' as const;
  readonly reason: DatabaseStartupReason;

  constructor(reason: DatabaseStartupReason, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'DatabaseStartupError';
    this.reason = reason;
  }
}
