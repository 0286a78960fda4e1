import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/**
 * V8's sampling profiler on this process's main thread, started and stopped on request, so a
 * profile covers exactly a measured window. `node --cpu-prof` profiles the whole life of the
 * process instead: on a busy machine, loading the modules through tsx took as much CPU as the
 * 15 s of load that followed, and the samples of the two cannot be told apart afterwards.
 */
export class CpuProfiler {
  #session: Session | undefined;

  async start(): Promise<void> {
    if (this.#session) throw new Error('The CPU profiler is already running.');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    this.#session = session;
  }

  /** Stops, and writes the profile (Chrome DevTools' `.cpuprofile` format) to `path`. */
  async stop(path: string): Promise<void> {
    const session = this.#session;
    if (!session) throw new Error('The CPU profiler is not running.');
    this.#session = undefined;
    try {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(path, JSON.stringify(profile));
    } finally {
      session.disconnect();
    }
  }
}
