import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { insertRows } from '../../../shared/import/index.js';
import { IncidentReport } from './incident-report.entity.js';
import type { CheckedIncidentReport } from './incident-report.service.js';

/**
 * Writes an import batch of incident reports in one INSERT inside the caller's transaction.
 * Reports are immutable once written, as `write` treats them: a source id the NGO already has
 * (or another transaction is writing, whose commit ON CONFLICT waits for) is left unchanged.
 * Each report has a source id (the import requires one).
 */
export async function writeIncidentReports(
  manager: EntityManager,
  principal: Principal,
  reports: readonly CheckedIncidentReport[],
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const inserted = await insertRows(
    manager,
    IncidentReport,
    reports.map((report) => ({ ...report, ownerOrg: principal.org })),
    { skipConflictsOn: ['ownerOrg', 'sourceRecordId'], returning: ['id'] },
  );
  return { inserted: inserted.length, updated: 0, unchanged: reports.length - inserted.length };
}
