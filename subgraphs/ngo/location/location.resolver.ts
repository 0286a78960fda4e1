import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { IncidentReportConnection } from '../incident-report/incident-report.resolver.js';
import type { IncidentReport } from '../incident-report/incident-report.entity.js';
import type { IncidentReportService } from '../incident-report/incident-report.service.js';
import type { Page } from '../pagination/cursor.js';
import { SurvivorConnection } from '../survivor/survivor.resolver.js';
import type { Survivor } from '../survivor/survivor.entity.js';
import type { CorridorService } from './corridor.service.js';
import { Corridor, Location } from './location.entity.js';

@Resolver(() => Location)
export class LocationResolver {
  constructor(private readonly incidents: IncidentReportService) {}

  @FieldResolver(() => IncidentReportConnection, {
    nullable: true,
    description: "The NGOs' non-personal incident reports here, newest first; a country includes its UN/LOCODE places.",
  })
  ngoIncidentReports(
    @Root() location: Location,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<Page<IncidentReport>> {
    return this.incidents.page(location.code, first, after);
  }
}

@Resolver(() => Corridor)
export class CorridorResolver {
  constructor(private readonly corridors: CorridorService) {}

  @FieldResolver(() => SurvivorConnection, {
    nullable: true,
    description:
      "Survivors whose recorded route runs from origin to destination, oldest record first: only the caller's own NGO's, and those whose consent covers the caller's sector and purpose.",
  })
  ngoSurvivors(
    @Root() corridor: Corridor,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<Survivor>> {
    return this.corridors.survivorsAlong(context.principal, context.purpose, corridor, first, after);
  }
}
