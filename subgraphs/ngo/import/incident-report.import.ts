import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import type { CheckedIncidentReport, IncidentReportService } from '../incident-report/incident-report.service.js';
import { ColumnReader } from './import-columns.js';

/** Beacon's column names, then the HTCDS-style ones a hotline export may use for the same data. */
export const INCIDENT_REPORT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  sourceRecordId: ['sourceRecordId'],
  place: ['place'],
  occurredOn: ['occurredOn', 'date'],
  typeOfExploitation: ['typeOfExploitation', 'vic_TypeOfExploitation'],
  source: ['source'],
  reliability: ['reliability'],
  retentionUntil: ['retentionUntil'],
};

/**
 * `npx beacon import ngo <file>` for non-personal incident reports (hotline logs, open-source
 * finds), through the same checks as `reportIncident`. There is no column for free text: a
 * file's other columns are ignored, so a caller's notes never reach a record every analyst reads.
 */
export function incidentReportImportTarget(service: IncidentReportService): ImportTarget<CheckedIncidentReport> {
  return {
    name: 'incident-report',
    requiredColumns: ['sourceRecordId', 'place', 'occurredOn', 'typeOfExploitation', 'source', 'reliability'],
    sourceIdColumn: 'sourceRecordId',
    sourceIdOf: (record) => record.sourceRecordId as string,
    parseRow(row): RowResult<CheckedIncidentReport> {
      const read = new ColumnReader(row, INCIDENT_REPORT_COLUMNS);
      const cell = (field: string) => read.cell(field) ?? '';
      const sourceRecordId = read.cell('sourceRecordId');
      const { report, invalid } = service.check({
          place: cell('place'),
          occurredOn: cell('occurredOn'),
          typeOfExploitation: cell('typeOfExploitation'),
          source: cell('source'),
          reliability: cell('reliability'),
          sourceRecordId,
        retentionUntil: read.cell('retentionUntil') ?? null,
      });
      const problems = invalid.list.map((problem) => read.problem(problem));
      if (!sourceRecordId) problems.unshift({ field: 'sourceRecordId', reason: 'missing' });
      if (problems.length > 0 || !report) return { ok: false, problems };
      return { ok: true, value: report };
    },
    writeBatch: (manager, principal, records) => service.writeImported(manager, principal, records),
  };
}
