import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { AccountHolder } from '../account-holder/account-holder.entity.js';
import type { accountHolderReference } from '../account-holder/account-holder.reference.js';
import { reportAccessOf } from './suspicious-activity-report.access.js';
import { SuspiciousActivityReport } from './suspicious-activity-report.entity.js';
import type { SuspiciousActivityReportStatus, SuspiciousActivityTypology } from './suspicious-activity-report.enums.js';
import { FileSuspiciousActivityReportInput } from './suspicious-activity-report.inputs.js';
import type { SuspiciousActivityReportService } from './suspicious-activity-report.service.js';

@Resolver(() => SuspiciousActivityReport)
export class SuspiciousActivityReportResolver {
  constructor(
    private readonly service: SuspiciousActivityReportService,
    private readonly holderById: ReturnType<typeof accountHolderReference>,
  ) {}

  @Query(() => SuspiciousActivityReport, {
    nullable: true,
    description:
      'A suspicious-activity report, if the caller may know of it: its filing institution, or a law-enforcement investigator. Null otherwise, whether or not it exists.',
  })
  suspiciousActivityReport(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<SuspiciousActivityReport | null> {
    return this.service.findVisible(reportAccessOf(context), id);
  }

  @Mutation(() => SuspiciousActivityReport, {
    nullable: true,
    description:
      "Files a suspicious-activity report on one of your institution's customers. Only your institution and law-enforcement investigators will learn that it exists; nothing is published to the hub.",
  })
  fileSuspiciousActivityReport(
    @Arg('input', () => FileSuspiciousActivityReportInput, { description: 'The values to write (see the input type).' }) input: FileSuspiciousActivityReportInput,
    @Ctx() context: RequestContext,
  ): Promise<SuspiciousActivityReport> {
    return this.service.file(context.principal, {
      ...input,
      // Checked by the service against the enums, with every other field, in one answer.
      typology: input.typology as SuspiciousActivityTypology,
      status: (input.status ?? undefined) as SuspiciousActivityReportStatus | undefined,
    });
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it was filed, ISO 8601 in UTC.' })
  filedAt(@Root() report: SuspiciousActivityReport): string {
    return report.filedAt.toISOString();
  }

  @FieldResolver(() => AccountHolder, { nullable: true, description: 'The customer the report is about.' })
  subject(@Root() report: SuspiciousActivityReport, @Ctx() context: RequestContext): Promise<AccountHolder | null> {
    return this.holderById({ id: report.accountHolderId }, context);
  }
}
