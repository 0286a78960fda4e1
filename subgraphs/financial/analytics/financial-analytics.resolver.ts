import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Aggregate, AggregateEngine, SectorRanking, Trend, TrendGranularity } from '../../../shared/aggregates/index.js';
import { Corridor, Location } from '../location/location.entity.js';
import { FinancialDimension, FinancialMeasure } from './financial-measures.js';

const MEASURE = { description: 'What to count.' };
const PERIOD = { description: 'A fixed bucket: a year (2024), a quarter (2024-Q2) or a month (2024-05).' };
const BY = { nullable: true, description: 'Break the figure down by this dimension.' };
const CATEGORY = { nullable: true, description: 'Filter to one category of `by` (e.g. CASH_DEPOSIT); refused with AGGREGATE_TOO_SPECIFIC if that isolates a small group.' };
const YEAR = { description: 'The calendar year.' };
const GRANULARITY = { defaultValue: TrendGranularity.MONTH, description: 'Months (default) or quarters.' };
const FIRST = { defaultValue: 10, description: 'How many to return (at most 50).' };

@Resolver(() => Location)
export class FinancialLocationAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous financial figure here (a country includes its places) for one period.' })
  financialAggregate(
    @Root() location: Location,
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => FinancialDimension, BY) by: FinancialDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'LOCATION', code: location.code }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous financial measure here, month by month (or by quarter) over one year.' })
  financialTrend(
    @Root() location: Location,
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => FinancialDimension, BY) by: FinancialDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'LOCATION', code: location.code }, year, granularity, { measure, by, category });
  }
}

@Resolver(() => Corridor)
export class FinancialCorridorAnalyticsResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @FieldResolver(() => Aggregate, { nullable: true, description: 'A k-anonymous financial figure along this route (between countries) for one period: money sent from the origin country to the destination country.' })
  financialAggregate(
    @Root() corridor: Corridor,
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => FinancialDimension, BY) by: FinancialDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Aggregate> {
    return this.engine.aggregate({ kind: 'CORRIDOR', ...corridor }, period, { measure, by, category });
  }

  @FieldResolver(() => Trend, { nullable: true, description: 'A k-anonymous financial measure along this route over one year.' })
  financialTrend(
    @Root() corridor: Corridor,
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
    @Arg('by', () => FinancialDimension, BY) by: FinancialDimension | null,
    @Arg('category', () => String, CATEGORY) category: string | null,
  ): Promise<Trend> {
    return this.engine.trend({ kind: 'CORRIDOR', ...corridor }, year, granularity, { measure, by, category });
  }
}

@Resolver()
export class FinancialRankingResolver {
  constructor(private readonly engine: AggregateEngine) {}

  @Query(() => SectorRanking, { nullable: true, description: "Countries by an financial measure over a year, highest first: the financial sector's input to the hotspot index." })
  financialHotspots(
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('LOCATION', measure, year, first);
  }

  @Query(() => SectorRanking, { nullable: true, description: 'Country-to-country routes by an financial measure over a year, highest first.' })
  financialTopCorridors(
    @Arg('measure', () => FinancialMeasure, MEASURE) measure: FinancialMeasure,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<SectorRanking> {
    return this.engine.ranking('CORRIDOR', measure, year, first);
  }
}
