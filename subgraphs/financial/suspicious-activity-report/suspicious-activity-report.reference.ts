import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { reportAccessOf } from './suspicious-activity-report.access.js';
import type { SuspiciousActivityReport } from './suspicious-activity-report.entity.js';
import type { SuspiciousActivityReportService } from './suspicious-activity-report.service.js';

/**
 * `_entities` for `SuspiciousActivityReport`. `Query._entities` is open to every member (its rule
 * is shared by all entity types), so the caller's report access is applied here, before any
 * lookup: a report the caller may not know of comes back null, exactly as one that does not exist.
 */
export function suspiciousActivityReportReference(service: SuspiciousActivityReportService) {
  return (reference: { id: string }, context: RequestContext): Promise<SuspiciousActivityReport | null> =>
    context.loaders
      .get<string, SuspiciousActivityReport | null>('SuspiciousActivityReport.byId', (ids) =>
        service.loadByIds(reportAccessOf(context), ids),
      )
      .load(reference.id);
}
