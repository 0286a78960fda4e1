import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Aggregate, AggregateEngine, SectorRanking, Trend, TrendGranularity } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.entity.js';
import { NgoDimension, NgoMeasure } from './ngo-measures.js';

const MEASURE = { description: 'What to count.' };
const PERIOD = { description: 'A fixed bucket: a year (2024), a quarter (2024-Q2) or a month (2024-05).' };
const BY = { nullable: true, description: 'Break the figure down by this dimension.' };
const CATEGORY = { nullable: true, description: 'Filter to one category of `by` (e.g. FORCED_LABOUR); refused with AGGREGATE_TOO_SPECIFIC if that isolates a small group.' };
const YEAR = { description: 'The calendar year.' };
const GRANULARITY = { defaultValue: TrendGranularity.MONTH, description: 'Months (default) or quarters.' };
const FIRST = { defaultValue: 10, description: 'How many to return (at most 50).' };

@Resolver(() => Location)
export class NgoLocationAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous NGO figure here (a country includes its places) for one period.' })
  ngoAggregate(
    @Root() location: Location,
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => NgoDimension, BY) by: NgoDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'LOCATION', code: location.code }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous NGO measure here, month by month (or by quarter) over one year.' })
  ngoTrend(
    @Root() location: Location,
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => NgoDimension, BY) by: NgoDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'LOCATION', code: location.code }, year, granularity, { measure, by, category });
  }
}

@Resolver(() => Corridor)
export class NgoCorridorAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous NGO figure along this route (between countries) for one period: survivors recruited at the origin, exploited at the destination.' })
  ngoAggregate(
    @Root() corridor: Corridor,
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => NgoDimension, BY) by: NgoDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'CORRIDOR', ...corridor }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous NGO measure along this route over one year.' })
  ngoTrend(
    @Root() corridor: Corridor,
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => NgoDimension, BY) by: NgoDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'CORRIDOR', ...corridor }, year, granularity, { measure, by, category });
  }
}

@Resolver()
export class NgoRankingResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @Query(() => SectorRanking, { nullable: true, description: "Countries by an NGO measure over a year, highest first: the NGO sector's input to the hotspot index." })
  ngoHotspots(
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('LOCATION', measure, year, first);
  }

  @Query(() => SectorRanking, { nullable: true, description: 'Country-to-country routes by an NGO measure over a year, highest first.' })
  ngoTopCorridors(
    @Arg('measure', () => NgoMeasure, MEASURE) measure: NgoMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('CORRIDOR', measure, year, first);
  }
}
