import { availableParallelism } from 'node:os';
import type { WorkerTargetRecipe } from './worker-target-recipe.js';

/** Rows checked on the importing thread before workers start: a small file never pays their start-up. */
export const DEFAULT_PARALLEL_AFTER_ROWS = 5_000;
/** Beyond four, the single writing connection, not validation, bounds an import. */
export const MAX_PARSE_THREADS = 4;
/** Rows sent to a worker at a time: enough to amortise a message, few enough to keep every worker busy. */
export const PARSE_CHUNK_ROWS = 250;
/** Chunks in flight per worker: one being checked, one waiting; bounds memory whatever the file. */
export const CHUNKS_IN_FLIGHT_PER_THREAD = 2;

/** How `runImport` spreads row checking (parsing, validation, exact keys) over worker threads. */
export interface ParallelImportOptions {
  /** How a worker builds the same target (it must not need the database). */
  readonly recipe: WorkerTargetRecipe;
  /** Worker threads; default {@link defaultParseThreads}; 0 checks every row on the importing thread. */
  readonly threads?: number;
  /** Default {@link DEFAULT_PARALLEL_AFTER_ROWS}. */
  readonly afterRows?: number;
}

/**
 * One worker per core beyond two — the importing thread's and Postgres's, which mostly runs on
 * the same machine — at most {@link MAX_PARSE_THREADS}. On two busy cores one worker measured
 * slower than none (bench/README.md): it only took turns with the threads it was to relieve.
 */
export function defaultParseThreads(): number {
  return Math.max(0, Math.min(MAX_PARSE_THREADS, availableParallelism() - 2));
}
