import { isAuthenticated, purposeIn, type PolicyMap, type Rule } from '../policy/index.js';

/**
 * Who may read k-anonymous aggregates: a member of any sector declaring `analysis`. The figures
 * single no one out (that is what the suppression is for), and seeing where trafficking is
 * reported, investigated and paid for is what the federation shares them for; every other purpose
 * has its own, record-level fields. Each sector's policy.ts rules its aggregate fields with this.
 */
export const aggregateReader: Rule = purposeIn('analysis');

/**
 * The shared value types: reached only through a field ruled by `aggregateReader`, and built from
 * already-protected figures, so every member may read what such a field handed out.
 */
export const aggregateTypesPolicy: PolicyMap = {
  AggregateCount: { value: isAuthenticated, suppressed: isAuthenticated, resolution: isAuthenticated },
  AggregateAmount: { minorUnits: isAuthenticated, currency: isAuthenticated, suppressed: isAuthenticated, resolutionMinor: isAuthenticated },
  AggregateCell: { category: isAuthenticated, count: isAuthenticated, amount: isAuthenticated },
  Aggregate: {
    measure: isAuthenticated,
    period: isAuthenticated,
    dimension: isAuthenticated,
    category: isAuthenticated,
    total: isAuthenticated,
    breakdown: isAuthenticated,
    other: isAuthenticated,
    provenance: isAuthenticated,
  },
  TrendPoint: { period: isAuthenticated, count: isAuthenticated },
  Trend: {
    measure: isAuthenticated,
    year: isAuthenticated,
    granularity: isAuthenticated,
    category: isAuthenticated,
    total: isAuthenticated,
    points: isAuthenticated,
    provenance: isAuthenticated,
  },
  Provenance: { sector: isAuthenticated, sources: isAuthenticated, unit: isAuthenticated, caveats: isAuthenticated },
  SourceKind: { kind: isAuthenticated, measures: isAuthenticated },
  RankedSignal: { origin: isAuthenticated, destination: isAuthenticated, count: isAuthenticated },
  SectorRanking: { measure: isAuthenticated, year: isAuthenticated, entries: isAuthenticated, provenance: isAuthenticated },
};
