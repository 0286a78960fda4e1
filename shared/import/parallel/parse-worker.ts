import { parentPort, workerData } from 'node:worker_threads';
import type { ImportTarget } from '../import-target.js';
import { checkRow } from '../row-check.js';
import type { SourceRow } from '../source-rows.js';
import type { WorkerTargetRecipe } from './worker-target-recipe.js';

/**
 * A parse worker: builds the target from its recipe, says `ready` (or `failed`), then answers
 * each chunk of rows with their checks, in the order asked.
 */
const { recipe, sourceIdField } = workerData as { recipe: WorkerTargetRecipe; sourceIdField: string };
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');

try {
  const loaded = (await import(recipe.module)) as Record<string, unknown>;
  const build = loaded[recipe.exportName];
  if (typeof build !== 'function') throw new Error(`${recipe.module} exports no function "${recipe.exportName}"`);
  const target = (await build(recipe.args)) as ImportTarget<unknown>;
  port.on('message', ({ id, rows }: { id: number; rows: SourceRow[] }) => {
    port.postMessage({ id, checked: rows.map((row) => checkRow(row, target, sourceIdField)) });
  });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
}
