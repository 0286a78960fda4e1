import { performance } from 'node:perf_hooks';
import type { ImportTarget } from '../../shared/import/index.js';

/** Where an import's time goes: a target wrapped to add up its `parseRow` and `writeBatch` wall time. */
export interface TargetTimings {
  parseMs: number;
  writeMs: number;
  batches: number;
}

export function timedTarget<T>(target: ImportTarget<T>): { target: ImportTarget<T>; timings: TargetTimings } {
  const timings: TargetTimings = { parseMs: 0, writeMs: 0, batches: 0 };
  return {
    timings,
    target: {
      ...target,
      sourceIdOf: (record) => target.sourceIdOf(record),
      parseRow(row, rowNumber) {
        const started = performance.now();
        try {
          return target.parseRow(row, rowNumber);
        } finally {
          timings.parseMs += performance.now() - started;
        }
      },
      async writeBatch(manager, principal, records) {
        const started = performance.now();
        try {
          return await target.writeBatch(manager, principal, records);
        } finally {
          timings.writeMs += performance.now() - started;
          timings.batches += 1;
        }
      },
    },
  };
}
