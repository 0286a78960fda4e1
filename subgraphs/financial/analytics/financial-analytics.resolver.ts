import { sectorAnalyticsResolvers } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.entity.js';
import { FinancialDimension, FinancialMeasure } from './financial-measures.js';

/** financialAggregate, financialTrend, financialHotspots, financialTopCorridors. */
const resolvers = sectorAnalyticsResolvers({
  prefix: 'financial',
  label: 'financial',
  measureEnum: FinancialMeasure,
  dimensionEnum: FinancialDimension,
  location: Location,
  corridor: Corridor,
  categoryExample: 'CASH_DEPOSIT',
  corridorMeaning: 'money sent from the origin country to the destination country.',
});

export const FinancialLocationAnalyticsResolver = resolvers.LocationAnalytics;
export const FinancialCorridorAnalyticsResolver = resolvers.CorridorAnalytics;
export const FinancialRankingResolver = resolvers.Ranking;
