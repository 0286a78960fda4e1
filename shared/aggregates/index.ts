// type-graphql's decorators below need the metadata API before any class is declared.
import 'reflect-metadata';
export {
  DEFAULT_K,
  DEFAULT_RESOLUTION,
  DEFAULT_AMOUNT_RESOLUTION_MINOR,
  DEFAULT_AGGREGATE_RULES,
  MIN_K,
  readAggregateRules,
  aggregateVariables,
} from './aggregate-rules.js';
export type { AggregateRules } from './aggregate-rules.js';
export { parsePeriod, checkYear, periodIndex, periodLabel, FIRST_YEAR } from './period.js';
export type { Period } from './period.js';
export { protectCells, primarySuppression } from './protect-cells.js';
export type { ProtectedCell, SumLine, SuppressionReason } from './protect-cells.js';
export { AggregateTable, ALL, SCOPE_ROW } from './aggregate-table.js';
export type { FinestRow, TableShape, TableCell } from './aggregate-table.js';
export { AggregateEngine, MAX_RANKING } from './aggregate-engine.js';
export type { AggregateTarget, AggregateSelection, AggregateEngineOptions } from './aggregate-engine.js';
export { UNKNOWN_ORIGIN } from './measure.js';
export type { AggregateSector, DimensionDefinition, MeasureDefinition, MeasureRows, ProvenanceDefinition, RowQuery, TableKind } from './measure.js';
export { aggregateTooSpecific } from './aggregate-too-specific.js';
export { AggregateCount, AggregateAmount } from './aggregate-count.type.js';
export { Aggregate, AggregateCell, Trend, TrendPoint, TrendGranularity } from './aggregate.type.js';
export { Provenance, SourceKind } from './provenance.type.js';
export { RankedSignal, SectorRanking } from './hotspot.type.js';
export { aggregateReader, aggregateTypesPolicy } from './aggregate.policy.js';
export { hotspotIndex, SECTOR_WEIGHTS } from './hotspot-index.js';
export type { IndexedHotspot, SectorSignals } from './hotspot-index.js';
export { placeQueriesResolver } from './place-queries.resolver.js';
export { rollupMeasureRows } from './rollup-rows.js';
export {
  ROLLUP_TABLE_DDL,
  contributionsSql,
  rollupDeltaSql,
  rollupTriggerSql,
  rollupTriggersSql,
  dropRollupTriggersSql,
  rollupRebuildSql,
  dropRollupSql,
} from './rollup-sql.js';
export type { RollupLayout, RollupSource, Relations } from './rollup-sql.js';
export { compareRollupWithRecount } from './rollup-recount.js';
export type { RollupDifference } from './rollup-recount.js';
export { sectorAnalyticsResolvers } from './analytics-resolvers.js';
export type { SectorAnalyticsOptions, SectorAnalyticsResolvers } from './analytics-resolvers.js';
