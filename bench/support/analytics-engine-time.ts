import type { DataSource } from 'typeorm';
import { AggregateEngine, DEFAULT_AGGREGATE_RULES, rollupMeasureRows, type AggregateTarget, type MeasureDefinition } from '../../shared/aggregates/index.js';
import { FINANCIAL_MEASURES } from '../../subgraphs/financial/analytics/financial-measures.js';
import { LAW_ENFORCEMENT_MEASURES } from '../../subgraphs/law-enforcement/analytics/law-enforcement-measures.js';
import { NGO_MEASURES } from '../../subgraphs/ngo/analytics/ngo-measures.js';

/** The figures of examples/location-profile.graphql and corridor-profile.graphql, per sector. */
const PROFILE_FIGURES: Readonly<Record<'location' | 'corridor', ReadonlyArray<{ sector: string; measures: readonly MeasureDefinition[]; measure: string; by: string | null }>>> = {
  location: [
    { sector: 'law-enforcement', measures: LAW_ENFORCEMENT_MEASURES, measure: 'JOURNEY_LEGS', by: null },
    { sector: 'ngo', measures: NGO_MEASURES, measure: 'INCIDENTS', by: 'SOURCE' },
    { sector: 'financial', measures: FINANCIAL_MEASURES, measure: 'RED_FLAGS', by: 'TYPOLOGY' },
  ],
  corridor: [
    { sector: 'law-enforcement', measures: LAW_ENFORCEMENT_MEASURES, measure: 'JOURNEY_LEGS', by: 'MODE' },
    { sector: 'ngo', measures: NGO_MEASURES, measure: 'SURVIVORS', by: 'EXPLOITATION_TYPE' },
    { sector: 'financial', measures: FINANCIAL_MEASURES, measure: 'TRANSACTIONS', by: 'CURRENCY' },
  ],
};

/**
 * Where a profile's time goes inside the subgraphs: each sector's figure worked out in-process
 * (rollup read + building and protecting its table), no HTTP, no GraphQL. Returns ms per sector.
 */
export async function timeProfileInProcess(
  profile: 'location' | 'corridor',
  target: AggregateTarget,
  period: string,
  db: (sector: string) => DataSource,
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  for (const figure of PROFILE_FIGURES[profile]) {
    const engine = new AggregateEngine({ sector: 'NGO', measures: figure.measures, rows: rollupMeasureRows(db(figure.sector)), rules: DEFAULT_AGGREGATE_RULES });
    const started = performance.now();
    await engine.aggregate(target, period, { measure: figure.measure, by: figure.by }).catch(() => undefined);
    timings[figure.sector] = performance.now() - started;
  }
  return timings;
}
