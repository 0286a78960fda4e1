import { Worker } from 'node:worker_threads';
import type { LoadPlan, LoadResult, LoadWorkerMessage } from './load-plan.js';

const WORKER_URL = new URL('./load-worker.ts', import.meta.url).href;
/*
 * On Node 20 a worker does not inherit the `--import tsx` hooks (nodejs/node#47747,
 * privatenumber/tsx#354), so a .ts worker entry fails with ERR_UNKNOWN_FILE_EXTENSION. A small
 * eval'd entry loads it through tsx's own `tsImport` instead.
 */
const WORKER_ENTRY = `
import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(import.meta.url)}));
`;

export interface RunLoadHooks {
  /** Called when the measured window opens (to sample the servers' CPU time, say)… */
  readonly onMeasureStart?: () => void;
  /** …and when it closes, before the requests still in flight are drained. */
  readonly onMeasureEnd?: () => void;
}

/** Runs one load plan in a worker thread and resolves with its figures. Aborting terminates the worker and rejects. */
export function runLoad(plan: LoadPlan, signal: AbortSignal, hooks: RunLoadHooks = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(WORKER_ENTRY, { eval: true, workerData: plan });
    let result: LoadResult | undefined;
    let failure: unknown;
    const onAbort = () => void worker.terminate();
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: LoadWorkerMessage) => {
      if (message.kind === 'measuring') hooks.onMeasureStart?.();
      else if (message.kind === 'measured') hooks.onMeasureEnd?.();
      else result = message.result;
    });
    worker.once('error', (error) => (failure = error));
    worker.once('exit', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (result) resolve(result);
      else reject(failure ?? (signal.aborted ? signal.reason : new Error(`The load worker exited with code ${code} before reporting.`)));
    });
  });
}
