import { fork, type ChildProcess } from 'node:child_process';
import type { ChildMessage, ParentMessage } from './server-child.js';

/** How long a server process may take to start (the subgraphs migrate and seed four databases). */
const DEFAULT_START_TIMEOUT_MS = 180_000;
/**
 * How long a server process may take to close before it is killed. Generous: the subgraphs'
 * process drops four databases on the way out, which took over 30 s on a busy machine.
 */
const DEFAULT_STOP_TIMEOUT_MS = 180_000;

export interface ServerProcess<Info> {
  /** What the process reported once it was listening (URLs, tokens…). */
  readonly info: Info;
  readonly pid: number;
  /** CPU time the process has used so far, in ms, user + system, every thread of it included. */
  cpuMs(): Promise<number>;
  /** Starts V8's CPU profiler on the process's main thread. */
  startProfile(): Promise<void>;
  /** Stops it and has the process write the profile (`.cpuprofile`) to `path`. */
  stopProfile(path: string): Promise<void>;
  /** Asks the process to close (and clean up), and kills it if it does not exit in time. */
  stop(): Promise<void>;
}

/**
 * Starts a bench server in a child process of its own, so it gets its own event loop, and so its
 * CPU time can be read apart from everything else's. The entry calls `serveInChild`; `argument`
 * reaches it as JSON. The child runs detached (its own process group): Ctrl-C reaches only this
 * process, which then stops the children in order, so each one still cleans up its databases.
 */
export async function startServerProcess<Info>(
  entry: URL,
  argument: unknown,
  options: { startTimeoutMs?: number; stopTimeoutMs?: number; signal?: AbortSignal; execArgv?: readonly string[] } = {},
): Promise<ServerProcess<Info>> {
  options.signal?.throwIfAborted();
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  const child = fork(entry, [JSON.stringify(argument)], {
    execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopAndWait = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // A child asked to stop while starting finishes starting, then closes and cleans up.
    if (child.connected) child.send({ kind: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  };
  const info = await waitForReady<Info>(child, exited, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS, options.signal).catch(
    async (error: unknown) => {
      await stopAndWait();
      throw error;
    },
  );

  let nextId = 0;
  const pending = new Map<number, { resolve: (micros: number) => void; reject: (error: Error) => void }>();
  child.on('message', (message: ChildMessage) => {
    if (message.kind !== 'cpu' && message.kind !== 'profiled') return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.kind === 'cpu') waiting?.resolve(message.micros);
    else if (message.error === undefined) waiting?.resolve(0);
    else waiting?.reject(new Error(`The server process ${child.pid} could not profile: ${message.error}`));
  });
  /** Sends a question the child answers under the same id. */
  const ask = (message: (id: number) => ParentMessage) =>
    new Promise<number>((resolve, reject) => {
      if (!child.connected) return reject(new Error(`The server process ${child.pid} is gone.`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send(message(id));
    });
  void exited.then(() => {
    for (const { reject } of pending.values()) reject(new Error(`The server process ${child.pid} exited.`));
    pending.clear();
  });

  let stopping: Promise<void> | undefined;
  return {
    info,
    pid: child.pid ?? -1,
    async cpuMs() {
      return (await ask((id) => ({ kind: 'cpu', id }))) / 1000;
    },
    async startProfile() {
      await ask((id) => ({ kind: 'profile', id, action: 'start' }));
    },
    async stopProfile(path) {
      await ask((id) => ({ kind: 'profile', id, action: 'stop', path }));
    },
    stop() {
      stopping ??= stopAndWait();
      return stopping;
    },
  };
}

function waitForReady<Info>(child: ChildProcess, exited: Promise<void>, timeoutMs: number, signal: AbortSignal | undefined): Promise<Info> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server process did not start within ${timeoutMs} ms.`)), timeoutMs);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    const onMessage = (message: ChildMessage) => {
      if (message.kind === 'ready') {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message.info as Info);
      } else if (message.kind === 'failed') {
        clearTimeout(timer);
        reject(new Error(`The server process failed to start: ${message.error}`));
      }
    };
    child.on('message', onMessage);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server process exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready.`));
    });
  });
}
