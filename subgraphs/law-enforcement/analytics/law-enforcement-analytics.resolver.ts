import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Aggregate, AggregateEngine, SectorRanking, Trend, TrendGranularity } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.types.js';
import { LawEnforcementDimension, LawEnforcementMeasure } from './law-enforcement-measures.js';

const MEASURE = { description: 'What to count.' };
const PERIOD = { description: 'A fixed bucket: a year (2024), a quarter (2024-Q2) or a month (2024-05).' };
const BY = { nullable: true, description: 'Break the figure down by this dimension.' };
const CATEGORY = { nullable: true, description: 'Filter to one category of `by` (e.g. FORCED_LABOUR); refused with AGGREGATE_TOO_SPECIFIC if that isolates a small group.' };
const YEAR = { description: 'The calendar year.' };
const GRANULARITY = { defaultValue: TrendGranularity.MONTH, description: 'Months (default) or quarters.' };
const FIRST = { defaultValue: 10, description: 'How many to return (at most 50).' };

@Resolver(() => Location)
export class LawEnforcementLocationAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous law-enforcement figure here (a country includes its places) for one period.' })
  lawEnforcementAggregate(
    @Root() location: Location,
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => LawEnforcementDimension, BY) by: LawEnforcementDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'LOCATION', code: location.code }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous law-enforcement measure here, month by month (or by quarter) over one year.' })
  lawEnforcementTrend(
    @Root() location: Location,
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => LawEnforcementDimension, BY) by: LawEnforcementDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'LOCATION', code: location.code }, year, granularity, { measure, by, category });
  }
}

@Resolver(() => Corridor)
export class LawEnforcementCorridorAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous law-enforcement figure along this route (between countries) for one period: journey legs leaving the origin country for the destination country.' })
  lawEnforcementAggregate(
    @Root() corridor: Corridor,
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => LawEnforcementDimension, BY) by: LawEnforcementDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'CORRIDOR', ...corridor }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous law-enforcement measure along this route over one year.' })
  lawEnforcementTrend(
    @Root() corridor: Corridor,
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => LawEnforcementDimension, BY) by: LawEnforcementDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'CORRIDOR', ...corridor }, year, granularity, { measure, by, category });
  }
}

@Resolver()
export class LawEnforcementRankingResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @Query(() => SectorRanking, { nullable: true, description: "Countries by an law-enforcement measure over a year, highest first: the law-enforcement sector's input to the hotspot index." })
  lawEnforcementHotspots(
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('LOCATION', measure, year, first);
  }

  @Query(() => SectorRanking, { nullable: true, description: 'Country-to-country routes by an law-enforcement measure over a year, highest first.' })
  lawEnforcementTopCorridors(
    @Arg('measure', () => LawEnforcementMeasure, MEASURE) measure: LawEnforcementMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('CORRIDOR', measure, year, first);
  }
}
