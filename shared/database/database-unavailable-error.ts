/**
 * A Postgres server could not be reached or refused us. The message names host and port only:
 * connection URLs carry passwords, and this message ends up in logs and terminals.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE' as const;
  readonly host: string;
  readonly port: number;

  constructor(host: string, port: number, reason: string, options: { cause?: unknown } = {}) {
    super(
      `Cannot use Postgres at ${host}:${port} (${reason}); check that it is running and that DATABASE_URL points to it.`,
      options,
    );
    this.name = 'DatabaseUnavailableError';
    this.host = host;
    this.port = port;
  }
}

const DEFAULT_POSTGRES_PORT = 5432;

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** The host and port of a Postgres URL, for messages; never the user or password. */
export function serverAddressOf(url: string): { host: string; port: number } {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname || 'localhost', port: Number(parsed.port) || DEFAULT_POSTGRES_PORT };
  } catch {
    return { host: 'an unparseable address', port: DEFAULT_POSTGRES_PORT };
  }
}

/**
 * Turns a failure to connect into a DatabaseUnavailableError; returns undefined for any other
 * error (a failing query is not an outage, and hiding its SQLSTATE would mislead).
 */
export function unavailableErrorFrom(url: string, error: unknown): DatabaseUnavailableError | undefined {
  const reason = connectionFailureReason(error);
  if (reason === undefined) return undefined;
  const { host, port } = serverAddressOf(url);
  return new DatabaseUnavailableError(host, port, reason, { cause: error });
}

function connectionFailureReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    const network = NETWORK_REASONS[code];
    if (network) return network;
    // Postgres's own wording names the user or database (never the password), which is the clue needed.
    if (code.startsWith('28') || code === '3D000') return error.message;
    if (code === '57P03') return 'the server is starting up or shutting down';
    if (code === '53300') return 'too many connections';
    if (code.startsWith('08')) return 'connection failure';
  }
  // pg reports its own connect timeout and a dropped socket with bare messages, no code.
  if (/connection timeout|Connection terminated unexpectedly/i.test(error.message)) {
    return 'connection timed out or was dropped';
  }
  return undefined;
}
