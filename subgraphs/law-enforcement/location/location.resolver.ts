import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { JourneyLeg } from '../journey/journey-leg.entity.js';
import type { JourneyLegService } from '../journey/journey-leg.service.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../pagination/connection.js';
import { JourneyLegConnection } from '../pagination/connections.js';
import { Corridor, Location } from './location.types.js';

const FIRST = { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size (at most ${MAX_PAGE_SIZE}).` };
const AFTER = { nullable: true, description: 'The `endCursor` of the previous page.' };

/*
 * Raw legs, for investigators: counts and trends over places are aggregates, which follow the
 * k-anonymity rules of their own issue and are not served here.
 */

@Resolver(() => Location)
export class LocationResolver {
  constructor(private readonly journeyLegs: JourneyLegService) {}

  @FieldResolver(() => JourneyLegConnection, {
    nullable: true,
    description: "Law-enforcement journey legs leaving this place that the caller's agency may see (its own, and others' as their handling codes allow).",
  })
  lawEnforcementJourneyLegsFrom(
    @Root() location: Location,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<JourneyLeg>> {
    return this.journeyLegs.listFrom(context, location.code, { first, after });
  }

  @FieldResolver(() => JourneyLegConnection, {
    nullable: true,
    description: "Law-enforcement journey legs arriving at this place that the caller's agency may see.",
  })
  lawEnforcementJourneyLegsTo(
    @Root() location: Location,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<JourneyLeg>> {
    return this.journeyLegs.listTo(context, location.code, { first, after });
  }
}

@Resolver(() => Corridor)
export class CorridorResolver {
  constructor(private readonly journeyLegs: JourneyLegService) {}

  @FieldResolver(() => JourneyLegConnection, {
    nullable: true,
    description: "Law-enforcement journey legs along this corridor that the caller's agency may see.",
  })
  lawEnforcementJourneyLegs(
    @Root() corridor: Corridor,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<JourneyLeg>> {
    return this.journeyLegs.listOnCorridor(context, corridor.origin, corridor.destination, { first, after });
  }
}
