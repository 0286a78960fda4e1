import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Location } from '../location/location.entity.js';
import { connectionOf } from '../pagination/connection.js';
import type { Page } from '../pagination/cursor.js';
import { IncidentReport } from './incident-report.entity.js';
import { ReportIncidentInput } from './incident-report.inputs.js';
import type { IncidentReportService } from './incident-report.service.js';

export const IncidentReportConnection = connectionOf(IncidentReport, 'IncidentReport', 'incident report', 'newest first');

@Resolver(() => IncidentReport)
export class IncidentReportResolver {
  constructor(private readonly service: IncidentReportService) {}

  @Query(() => IncidentReportConnection, { nullable: true, description: 'Non-personal incident reports, newest first, everywhere or at one place.' })
  incidentReports(
    @Arg('place', () => String, { nullable: true, description: 'Only at this Location: a country includes its UN/LOCODE places.' }) place: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<Page<IncidentReport>> {
    return this.service.page(place, first, after);
  }

  @Mutation(() => IncidentReport, { nullable: true, description: 'Records a non-personal incident report for the caller\'s NGO; idempotent by sourceRecordId.' })
  reportIncident(@Arg('input', () => ReportIncidentInput, { description: 'The values to write (see the input type).' }) input: ReportIncidentInput, @Ctx() context: RequestContext): Promise<IncidentReport> {
    return this.service.report(context.principal, input);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it happened, as a Location.' })
  place(@Root() report: IncidentReport): Location {
    return { code: report.placeCode };
  }
}
