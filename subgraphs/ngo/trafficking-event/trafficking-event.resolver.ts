import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Location } from '../location/location.entity.js';
import { connectionOf } from '../pagination/connection.js';
import type { Page } from '../pagination/cursor.js';
import { Survivor } from '../survivor/survivor.entity.js';
import type { SurvivorService } from '../survivor/survivor.service.js';
import { HistoricTraffickingEvent } from './trafficking-event.entity.js';
import { RecordTraffickingEventInput } from './trafficking-event.inputs.js';
import type { TraffickingEventService } from './trafficking-event.service.js';

export const TraffickingEventConnection = connectionOf(
  HistoricTraffickingEvent,
  'HistoricTraffickingEvent',
  'historic trafficking event',
  'in the order they happened, undated ones last',
);

@Resolver(() => HistoricTraffickingEvent)
export class TraffickingEventResolver {
  constructor(
    private readonly service: TraffickingEventService,
    private readonly survivors: SurvivorService,
  ) {}

  @Mutation(() => HistoricTraffickingEvent, { nullable: true, description: "Records one leg of a survivor's route (recruitment, transit or exploitation)." })
  recordTraffickingEvent(
    @Arg('input', () => RecordTraffickingEventInput, { description: 'The values to write (see the input type).' }) input: RecordTraffickingEventInput,
    @Ctx() context: RequestContext,
  ): Promise<HistoricTraffickingEvent> {
    return this.service.record(context.principal, input);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it happened (HTCDS `hte_Country`/`hte_City`, as a Location code).' })
  place(@Root() event: HistoricTraffickingEvent): Location {
    return { code: event.placeCode };
  }

  @FieldResolver(() => Survivor, { nullable: true, description: 'The survivor whose route this is, if the caller may know she exists.' })
  async survivor(@Root() event: HistoricTraffickingEvent, @Ctx() context: RequestContext): Promise<Survivor | null> {
    return context.loaders
      .get<string, Survivor | null>('Survivor.byId', (ids) => this.survivors.loadByIds(context.principal, ids))
      .load(event.survivorId);
  }
}

/** `Survivor.traffickingEvents`, kept beside the rest of the event code. */
@Resolver(() => Survivor)
export class SurvivorTraffickingEventsResolver {
  constructor(private readonly service: TraffickingEventService) {}

  @FieldResolver(() => TraffickingEventConnection, {
    nullable: true,
    description: 'Her route: historic trafficking events in the order they happened (HTCDS "Historic Trafficking Events").',
  })
  traffickingEvents(
    @Root() survivor: Survivor,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<Page<HistoricTraffickingEvent>> {
    return this.service.pageOfSurvivor(survivor.id, first, after);
  }
}
