import type { DataSource } from 'typeorm';
import type { RedFlagOptions } from '../red-flag/red-flag.options.js';

/** What the rollup's typology column is counted with (migration 1767300000002 reads it from `aggregate_rollup_rules`). */
export function rollupRules(options: RedFlagOptions): { classifiedAdKinds: string[]; structuring: Record<string, [number, number]> } {
  const { thresholds, band } = options.structuring;
  return {
    classifiedAdKinds: [...options.classifiedAds.counterpartyKinds],
    // The same band as the red-flag rule: from ⌈threshold × (1 − band)⌉ up to the threshold, excluded.
    structuring: Object.fromEntries(Object.entries(thresholds).map(([currency, threshold]) => [currency, [Math.ceil(threshold * (1 - band)), threshold]])),
  };
}

/**
 * Makes the rollup agree with this institution's red-flag options: when they differ from the
 * rules it was counted with, rewrites the rules and recounts, in one transaction (a reader sees
 * the old figures or the new ones). Returns whether it recounted. Runs at start.
 */
export async function syncRollupRules(dataSource: DataSource, options: RedFlagOptions): Promise<boolean> {
  const { classifiedAdKinds, structuring } = rollupRules(options);
  return dataSource.transaction(async (manager) => {
    // A CTE, so that the driver hands back rows (a bare UPDATE comes back as [rows, count]).
    const changed: unknown[] = await manager.query(
      `WITH changed AS (
         UPDATE aggregate_rollup_rules SET classified_ad_kinds = $1::text[], structuring = $2::jsonb
          WHERE (classified_ad_kinds, structuring) IS DISTINCT FROM ($1::text[], $2::jsonb) RETURNING id)
       SELECT id FROM changed`,
      [classifiedAdKinds, JSON.stringify(structuring)],
    );
    if (changed.length === 0) return false;
    await manager.query('SELECT aggregate_rollup_rebuild()');
    return true;
  });
}
