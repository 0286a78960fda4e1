import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { AccountHolder } from '../account-holder/account-holder.entity.js';
import { reportAccessOf } from './suspicious-activity-report.access.js';
import { SuspiciousActivityReport } from './suspicious-activity-report.entity.js';
import type { SuspiciousActivityReportService } from './suspicious-activity-report.service.js';

/** `AccountHolder.suspiciousActivityReports`: lives with the reports, whose secret it guards. */
@Resolver(() => AccountHolder)
export class AccountHolderReportsResolver {
  constructor(private readonly service: SuspiciousActivityReportService) {}

  @FieldResolver(() => [SuspiciousActivityReport], {
    nullable: 'itemsAndList',
    description:
      'Reports filed on this customer that the caller may know of, newest first (at most 100). Empty when there are none or the caller may not know of them.',
  })
  suspiciousActivityReports(
    @Root() holder: AccountHolder,
    @Ctx() context: RequestContext,
  ): Promise<SuspiciousActivityReport[]> {
    return context.loaders
      .get<string, SuspiciousActivityReport[]>('SuspiciousActivityReport.byHolder', (holderIds) =>
        this.service.listForHolders(reportAccessOf(context), holderIds),
      )
      .load(holder.id);
  }
}
