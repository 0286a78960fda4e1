import type { WorkerTargetRecipe } from '../parallel/worker-target-recipe.js';
import { probeTarget, type ProbeRecord } from './probe-target.js';
import type { ImportTarget } from '../import-target.js';

/** The probe target as a parse worker builds it. */
export function buildProbeTarget(): ImportTarget<ProbeRecord> {
  return probeTarget;
}

export const PROBE_RECIPE: WorkerTargetRecipe = { module: import.meta.url, exportName: 'buildProbeTarget' };
