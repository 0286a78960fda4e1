import { Worker } from 'node:worker_threads';
import type { CheckedRow } from '../row-check.js';
import type { SourceRow } from '../source-rows.js';
import type { WorkerTargetRecipe } from './worker-target-recipe.js';

const BOOT = new URL('./parse-worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./parse-worker.ts', import.meta.url).href;

interface Pending<T> {
  readonly rows: SourceRow[];
  readonly resolve: (checked: Array<CheckedRow<T>>) => void;
}

interface Member<T> {
  readonly worker: Worker;
  ready: boolean;
  readonly pending: Map<number, Pending<T>>;
}

/**
 * Worker threads that check rows through their own copy of the import target. Chunks go to the
 * least busy ready worker; answers resolve per chunk, so the caller keeps file order by awaiting
 * chunks in the order it sent them. A worker that fails to start or dies leaves its chunks (and
 * every later one, when none is left) to `inProcess`: a broken worker slows an import, never
 * changes what it writes.
 */
export class ParsePool<T> {
  private readonly members: Array<Member<T>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    recipe: WorkerTargetRecipe,
    threads: number,
    sourceIdField: string,
    private readonly inProcess: (rows: SourceRow[]) => Array<CheckedRow<T>>,
  ) {
    for (let i = 0; i < threads; i += 1) {
      const worker = new Worker(BOOT, { workerData: { entry: ENTRY, recipe, sourceIdField } });
      // The import's own end, not these threads, decides when the process may exit.
      worker.unref();
      const member: Member<T> = { worker, ready: false, pending: new Map() };
      worker.on('message', (message: { ready?: true; failed?: string; id?: number; checked?: Array<CheckedRow<T>> }) => {
        if (message.ready) member.ready = true;
        else if (message.failed !== undefined) this.drop(member);
        else if (message.id !== undefined) {
          const waiting = member.pending.get(message.id);
          member.pending.delete(message.id);
          waiting?.resolve(message.checked ?? []);
        }
      });
      worker.on('error', () => this.drop(member));
      worker.on('exit', () => this.drop(member));
      this.members.push(member);
    }
  }

  /** Workers that have built their target and not failed. */
  get readyThreads(): number {
    return this.members.filter((member) => member.ready).length;
  }

  /** Checks `rows` in a ready worker, or here when none is ready yet (or left). */
  check(rows: SourceRow[]): Promise<Array<CheckedRow<T>>> {
    let chosen: Member<T> | undefined;
    for (const member of this.members) {
      if (member.ready && (!chosen || member.pending.size < chosen.pending.size)) chosen = member;
    }
    if (!chosen) return Promise.resolve(this.inProcess(rows));
    const id = (this.nextId += 1);
    const member = chosen;
    return new Promise((resolve) => {
      member.pending.set(id, { rows, resolve });
      member.worker.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.splice(0).map((member) => member.worker.terminate()));
  }

  private drop(member: Member<T>): void {
    const index = this.members.indexOf(member);
    if (index >= 0) this.members.splice(index, 1);
    member.ready = false;
    if (!this.closed) void member.worker.terminate();
    for (const { rows, resolve } of member.pending.values()) resolve(this.inProcess(rows));
    member.pending.clear();
  }
}
