// A worker thread does not inherit the importing thread's TypeScript loader (neither tsx's
// `--import` nor its `register()`), so the parse worker registers it before loading itself.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
