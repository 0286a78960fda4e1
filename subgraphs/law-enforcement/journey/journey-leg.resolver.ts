import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Corridor, Location } from '../location/location.types.js';
import { JourneyLeg } from './journey-leg.entity.js';
import { RecordJourneyLegInput } from './journey-leg.inputs.js';
import type { JourneyLegService } from './journey-leg.service.js';

@Resolver(() => JourneyLeg)
export class JourneyLegResolver {
  constructor(private readonly service: JourneyLegService) {}

  @Mutation(() => JourneyLeg, { nullable: true, description: "Records a journey leg on one of the caller's agency's cases." })
  recordJourneyLeg(@Arg('input', () => RecordJourneyLegInput, { description: 'The values to write (see the input type).' }) input: RecordJourneyLegInput, @Ctx() context: RequestContext): Promise<JourneyLeg> {
    return this.service.record(context.principal, input);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where the leg started.' })
  from(@Root() leg: JourneyLeg): Location {
    return { code: leg.fromCode };
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where the leg ended.' })
  to(@Root() leg: JourneyLeg): Location {
    return { code: leg.toCode };
  }

  @FieldResolver(() => Corridor, { nullable: true, description: 'The corridor (from → to) the leg runs along.' })
  corridor(@Root() leg: JourneyLeg): Corridor {
    return { origin: leg.fromCode, destination: leg.toCode };
  }
}
