import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AggregateEngine } from './aggregate-engine.js';
import { Aggregate, Trend, TrendGranularity } from './aggregate.type.js';
import { SectorRanking } from './hotspot.type.js';

/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql's own signature: classes are constructors */

/** How one sector names and explains its analytics fields; everything else is the same in every sector. */
export interface SectorAnalyticsOptions {
  /** Field prefix: `lawEnforcement` gives lawEnforcementAggregate, lawEnforcementTrend, lawEnforcementHotspots, lawEnforcementTopCorridors. */
  readonly prefix: string;
  /** The sector in prose: 'law-enforcement', 'NGO', 'financial'. */
  readonly label: string;
  /** The sector's measure and dimension enums (registered with type-graphql). */
  readonly measureEnum: object;
  readonly dimensionEnum: object;
  /** The sector's own `Location` and `Corridor` entity classes. */
  readonly location: Function;
  readonly corridor: Function;
  /** A category of this sector to give as the example of a filter (FORCED_LABOUR). */
  readonly categoryExample: string;
  /** What a route figure counts, after "…for one period: " (journey legs leaving the origin country…). */
  readonly corridorMeaning: string;
}

type AnalyticsResolver = new (engine: AggregateEngine) => object;

export interface SectorAnalyticsResolvers {
  readonly LocationAnalytics: AnalyticsResolver;
  readonly CorridorAnalytics: AnalyticsResolver;
  readonly Ranking: AnalyticsResolver;
}

const MEASURE = { description: 'What to count.' };
const PERIOD = { description: 'A fixed bucket: a year (2024), a quarter (2024-Q2) or a month (2024-05).' };
const BY = { nullable: true, description: 'Break the figure down by this dimension.' };
const YEAR = { description: 'The calendar year.' };
const GRANULARITY = { defaultValue: TrendGranularity.MONTH, description: 'Months (default) or quarters.' };
const FIRST = { defaultValue: 10, description: 'How many to return (at most 50).' };

interface Place {
  readonly code: string;
}
interface Route {
  readonly origin: string;
  readonly destination: string;
}

/**
 * A sector's analytics fields — `<prefix>Aggregate` and `<prefix>Trend` on Location and Corridor,
 * `<prefix>Hotspots` and `<prefix>TopCorridors` — over its AggregateEngine. The three sectors'
 * fields differ only in names, enums and wording; the engine decides everything else.
 */
export function sectorAnalyticsResolvers(options: SectorAnalyticsOptions): SectorAnalyticsResolvers {
  const { prefix, label, measureEnum, dimensionEnum } = options;
  const CATEGORY = {
    nullable: true,
    description: `Filter to one category of \`by\` (e.g. ${options.categoryExample}); refused with AGGREGATE_TOO_SPECIFIC if that isolates a small group.`,
  };

  @Resolver(() => options.location)
  class LocationAnalytics {
    constructor(private readonly engine: AggregateEngine) {}

    @FieldResolver(() => Aggregate, { name: `${prefix}Aggregate`, nullable: true, description: `A k-anonymous ${label} figure here (a country includes its places) for one period.` })
    aggregate(
      @Root() location: Place,
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('period', () => String, PERIOD) period: string,
      @Arg('by', () => dimensionEnum, BY) by: string | null,
      @Arg('category', () => String, CATEGORY) category: string | null,
    ): Promise<Aggregate> {
      return this.engine.aggregate({ kind: 'LOCATION', code: location.code }, period, { measure, by, category });
    }

    @FieldResolver(() => Trend, { name: `${prefix}Trend`, nullable: true, description: `A k-anonymous ${label} measure here, month by month (or by quarter) over one year.` })
    trend(
      @Root() location: Place,
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('year', () => Int, YEAR) year: number,
      @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
      @Arg('by', () => dimensionEnum, BY) by: string | null,
      @Arg('category', () => String, CATEGORY) category: string | null,
    ): Promise<Trend> {
      return this.engine.trend({ kind: 'LOCATION', code: location.code }, year, granularity, { measure, by, category });
    }
  }

  @Resolver(() => options.corridor)
  class CorridorAnalytics {
    constructor(private readonly engine: AggregateEngine) {}

    @FieldResolver(() => Aggregate, {
      name: `${prefix}Aggregate`,
      nullable: true,
      description: `A k-anonymous ${label} figure along this route (between countries) for one period: ${options.corridorMeaning}`,
    })
    aggregate(
      @Root() corridor: Route,
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('period', () => String, PERIOD) period: string,
      @Arg('by', () => dimensionEnum, BY) by: string | null,
      @Arg('category', () => String, CATEGORY) category: string | null,
    ): Promise<Aggregate> {
      return this.engine.aggregate({ kind: 'CORRIDOR', origin: corridor.origin, destination: corridor.destination }, period, { measure, by, category });
    }

    @FieldResolver(() => Trend, { name: `${prefix}Trend`, nullable: true, description: `A k-anonymous ${label} measure along this route over one year.` })
    trend(
      @Root() corridor: Route,
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('year', () => Int, YEAR) year: number,
      @Arg('granularity', () => TrendGranularity, GRANULARITY) granularity: TrendGranularity,
      @Arg('by', () => dimensionEnum, BY) by: string | null,
      @Arg('category', () => String, CATEGORY) category: string | null,
    ): Promise<Trend> {
      return this.engine.trend({ kind: 'CORRIDOR', origin: corridor.origin, destination: corridor.destination }, year, granularity, { measure, by, category });
    }
  }

  @Resolver()
  class Ranking {
    constructor(private readonly engine: AggregateEngine) {}

    @Query(() => SectorRanking, {
      name: `${prefix}Hotspots`,
      nullable: true,
      description: `Countries by an ${label} measure over a year, highest first: the ${label} sector's input to the hotspot index.`,
    })
    hotspots(
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('year', () => Int, YEAR) year: number,
      @Arg('first', () => Int, FIRST) first: number,
    ): Promise<SectorRanking> {
      return this.engine.ranking('LOCATION', measure, year, first);
    }

    @Query(() => SectorRanking, { name: `${prefix}TopCorridors`, nullable: true, description: `Country-to-country routes by an ${label} measure over a year, highest first.` })
    topCorridors(
      @Arg('measure', () => measureEnum, MEASURE) measure: string,
      @Arg('year', () => Int, YEAR) year: number,
      @Arg('first', () => Int, FIRST) first: number,
    ): Promise<SectorRanking> {
      return this.engine.ranking('CORRIDOR', measure, year, first);
    }
  }

  return { LocationAnalytics, CorridorAnalytics, Ranking };
}
