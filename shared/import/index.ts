export type { ImportTarget, RowProblem, RowResult } from './import-target.js';
