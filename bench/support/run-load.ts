import { Worker } from 'node:worker_threads';
import type { LoadPlan, LoadResult } from './load-plan.js';

const WORKER_URL = new URL('./load-worker.ts', import.meta.url);

/**
 * Runs one load plan in a worker thread (which inherits `--import tsx` from this process) and
 * resolves with its figures. Aborting terminates the worker and rejects.
 */
export function runLoad(plan: LoadPlan, signal: AbortSignal): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(WORKER_URL, { workerData: plan });
    let result: LoadResult | undefined;
    const onAbort = () => void worker.terminate();
    signal.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: LoadResult) => (result = message));
    worker.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    worker.once('exit', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (result) resolve(result);
      else reject(signal.aborted ? signal.reason : new Error(`The load worker exited with code ${code} before reporting.`));
    });
  });
}
