import { sectorAnalyticsResolvers } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.entity.js';
import { NgoDimension, NgoMeasure } from './ngo-measures.js';

/** ngoAggregate, ngoTrend, ngoHotspots, ngoTopCorridors. */
const resolvers = sectorAnalyticsResolvers({
  prefix: 'ngo',
  label: 'NGO',
  measureEnum: NgoMeasure,
  dimensionEnum: NgoDimension,
  location: Location,
  corridor: Corridor,
  categoryExample: 'FORCED_LABOUR',
  corridorMeaning: 'survivors recruited at the origin, exploited at the destination.',
});

export const NgoLocationAnalyticsResolver = resolvers.LocationAnalytics;
export const NgoCorridorAnalyticsResolver = resolvers.CorridorAnalytics;
export const NgoRankingResolver = resolvers.Ranking;
