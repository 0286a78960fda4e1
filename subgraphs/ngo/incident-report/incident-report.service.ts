import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { TypeOfExploitationValues } from '../htcds/htcds-enums.js';
import { decodeCursor, pageOf, pageSize, type Page, type Position } from '../pagination/cursor.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { writeIncidentReports } from './incident-report.bulk-write.js';
import { IncidentReliability, IncidentReport, IncidentSource } from './incident-report.entity.js';

/** How long an incident report is kept when no date is given. */
export const DEFAULT_INCIDENT_RETENTION_YEARS = 5;
const MAX_SOURCE_ID_LENGTH = 128;

export interface IncidentReportRequest {
  readonly place: string;
  readonly occurredOn: string;
  readonly typeOfExploitation: string;
  readonly source: string;
  readonly reliability: string;
  readonly sourceRecordId?: string | null;
  readonly retentionUntil?: string | null;
}

/** A report that passed every check, ready to write. */
export type CheckedIncidentReport = Pick<
  IncidentReport,
  'placeCode' | 'occurredOn' | 'typeOfExploitation' | 'source' | 'reliability' | 'sourceRecordId' | 'retentionUntil'
>;

export class IncidentReportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every problem of a report at once, or the report ready to write. The mutation and the importer share it. */
  check(request: IncidentReportRequest, now: Date = new Date()): { report?: CheckedIncidentReport; invalid: InvalidFields } {
    const invalid = new InvalidFields();
    const placeCode = invalid.location('place', request.place);
    const occurredOn = invalid.date('occurredOn', request.occurredOn, { past: true });
    const typeOfExploitation = invalid.htcdsOne('typeOfExploitation', request.typeOfExploitation, TypeOfExploitationValues);
    const source = invalid.literal('source', request.source, Object.values(IncidentSource));
    const reliability = invalid.literal('reliability', request.reliability, Object.values(IncidentReliability));
    const sourceRecordId = request.sourceRecordId?.trim() || null;
    if (sourceRecordId && sourceRecordId.length > MAX_SOURCE_ID_LENGTH) invalid.add('sourceRecordId', `at most ${MAX_SOURCE_ID_LENGTH} characters`);
    const retentionUntil = request.retentionUntil ? invalid.date('retentionUntil', request.retentionUntil, { future: true }) : defaultRetention(now);
    if (invalid.list.length > 0) return { invalid };
    return {
      invalid,
      report: {
        placeCode: placeCode as string,
        occurredOn: occurredOn as string,
        typeOfExploitation: typeOfExploitation as NonNullable<typeof typeOfExploitation>,
        source: source as IncidentSource,
        reliability: reliability as IncidentReliability,
        sourceRecordId,
        retentionUntil: retentionUntil as string,
      },
    };
  }

  /** Records a report for the caller's NGO; idempotent by its source record id. */
  async report(principal: Principal, request: IncidentReportRequest): Promise<IncidentReport> {
    assertNgo(principal);
    const { report, invalid } = this.check(request);
    invalid.throwIfAny();
    return this.dataSource.transaction(async (manager) => (await this.write(manager, principal, report as CheckedIncidentReport)).report);
  }

  /** Writes one checked report in the caller's transaction; an existing source id returns the first report. */
  async write(manager: EntityManager, principal: Principal, report: CheckedIncidentReport): Promise<{ report: IncidentReport; inserted: boolean }> {
    assertNgo(principal);
    const repository = manager.getRepository(IncidentReport);
    if (report.sourceRecordId) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`incident:${principal.org}:${report.sourceRecordId}`]);
      const existing = await repository.findOneBy({ ownerOrg: principal.org, sourceRecordId: report.sourceRecordId });
      if (existing) return { report: existing, inserted: false };
    }
    const saved = await repository.save(repository.create({ ...report, ownerOrg: principal.org }));
    return { report: await repository.findOneByOrFail({ id: saved.id }), inserted: true };
  }

  /** An import's batch, in one INSERT inside the import's transaction (see `writeIncidentReports`). */
  async writeImported(manager: EntityManager, principal: Principal, reports: readonly CheckedIncidentReport[]) {
    assertNgo(principal);
    return writeIncidentReports(manager, principal, reports);
  }

  /**
   * Reports newest first, everywhere or at one Location: a UN/LOCODE matches exactly, a country
   * matches itself and every place in it. Who may read them is the policy's call; they are not
   * scoped to the caller's NGO because they hold no personal data.
   */
  async page(place: string | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<IncidentReport>> {
    const size = pageSize(first);
    const rows = await this.pageQuery(place, size, decodeCursor(after)).getMany();
    return pageOf(rows, size, (report) => ({ sort: report.occurredOn, id: report.id }));
  }

  /** The keyset query behind `page` (the EXPLAIN test reads its plan). */
  pageQuery(place: string | null | undefined, size: number, position: Position | undefined): SelectQueryBuilder<IncidentReport> {
    const query = this.dataSource
      .getRepository(IncidentReport)
      .createQueryBuilder('report')
      .orderBy('report.occurred_on', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .limit(size + 1);
    if (place) {
      const invalid = new InvalidFields();
      const code = invalid.location('place', place);
      invalid.throwIfAny('The place is invalid.');
      if (code?.length === 2) query.where('report.place_country = :code', { code });
      else query.where('report.place_code = :code', { code });
    }
    if (position) query.andWhere('(report.occurred_on, report.id) < (CAST(:sort AS date), CAST(:id AS uuid))', position);
    return query;
  }
}

function assertNgo(principal: Principal): void {
  if (principal.sector !== 'NGO') throw new BeaconError('FORBIDDEN', 'Only NGOs record incident reports here.');
}

function defaultRetention(now: Date): string {
  const until = new Date(now);
  until.setUTCFullYear(until.getUTCFullYear() + DEFAULT_INCIDENT_RETENTION_YEARS);
  return until.toISOString().slice(0, 10);
}
