/**
 * How a parse worker builds the same import target the importing thread holds: a module (file
 * URL) whose export, called with `args`, returns the target (or a promise of it). The target's
 * `parseRow` must not need the database, and the records it returns must survive
 * `structuredClone` (plain objects, arrays, strings, numbers, Dates): they cross threads.
 */
export interface WorkerTargetRecipe {
  /** A `file:` URL, e.g. `new URL('./my-target.ts', import.meta.url).href`. */
  readonly module: string;
  /** The module's export to call. */
  readonly exportName: string;
  /** Structured-cloneable; secrets passed here stay inside this process. */
  readonly args?: unknown;
}
