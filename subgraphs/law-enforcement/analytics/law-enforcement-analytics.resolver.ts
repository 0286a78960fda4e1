import { sectorAnalyticsResolvers } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.types.js';
import { LawEnforcementDimension, LawEnforcementMeasure } from './law-enforcement-measures.js';

/** lawEnforcementAggregate, lawEnforcementTrend, lawEnforcementHotspots, lawEnforcementTopCorridors. */
const resolvers = sectorAnalyticsResolvers({
  prefix: 'lawEnforcement',
  label: 'law-enforcement',
  measureEnum: LawEnforcementMeasure,
  dimensionEnum: LawEnforcementDimension,
  location: Location,
  corridor: Corridor,
  categoryExample: 'FORCED_LABOUR',
  corridorMeaning: 'journey legs leaving the origin country for the destination country.',
});

export const LawEnforcementLocationAnalyticsResolver = resolvers.LocationAnalytics;
export const LawEnforcementCorridorAnalyticsResolver = resolvers.CorridorAnalytics;
export const LawEnforcementRankingResolver = resolvers.Ranking;
