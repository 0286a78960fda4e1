import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { AccountHolder } from '../account-holder/account-holder.entity.js';
import { REPORT_FILER_ROLES, type ReportAccess } from './suspicious-activity-report.access.js';
import { SuspiciousActivityReport } from './suspicious-activity-report.entity.js';
import { SuspiciousActivityReportStatus, SuspiciousActivityTypology } from './suspicious-activity-report.enums.js';

/** Most reports one account holder's list returns, newest first. */
export const MAX_REPORTS_PER_HOLDER = 100;

export interface FileReportInput {
  /** The institution's own report number; filing it twice files it once. */
  readonly reference: string;
  /** An account holder of the filing institution. */
  readonly accountHolderId: string;
  /** ISO 8601 date-time with a time zone. */
  readonly filedAt: string;
  readonly typology: SuspiciousActivityTypology;
  readonly narrative: string;
  /** Default `FILED`. */
  readonly status?: SuspiciousActivityReportStatus;
}

/*
 * Existence-sensitive reads. Every read takes the caller's `ReportAccess` and:
 * - for `none`, returns "nothing" without touching the database, so a refused caller costs the
 *   same whether a report exists or not;
 * - for `filer`, puts the caller's organisation into the query itself, so another institution's
 *   report is never read, only missed, exactly as a report that does not exist.
 *
 * What remains of a timing tell: the `filer`'s lookups lead with its own organisation through
 * indexes on (owner, id) and (holder, owner, filed), so another institution's report is missed in
 * the index like an id that does not exist, not read and discarded — as long as the planner picks
 * those indexes (it does once the table has rows; on a near-empty table it may scan, which reads
 * every row either way). What is left is cache state: a page another caller's lookup warmed
 * answers faster, which says nothing about whether a report exists. Beyond that, the response
 * for an unauthorised caller is built without the database, and refusals cost the same in every
 * case. No artificial delay is added: against a member institution's compliance officer timing
 * thousands of lookups, the defence is accountability — the audit trail being added records who
 * asked for what.
 *
 * Reports are never published to linkage: that would tell the hub they exist.
 */
export class SuspiciousActivityReportService {
  constructor(private readonly dataSource: DataSource) {}

  async findVisible(access: ReportAccess, id: string): Promise<SuspiciousActivityReport | null> {
    if (access.kind === 'none' || !isUuid(id)) return null;
    return this.dataSource.getRepository(SuspiciousActivityReport).findOneBy(scoped(access, { id }));
  }

  /** Batch load for federation references: null for every id the caller may not know of. */
  async loadByIds(access: ReportAccess, ids: readonly string[]): Promise<Array<SuspiciousActivityReport | null>> {
    const valid = ids.filter(isUuid);
    if (access.kind === 'none' || valid.length === 0) return ids.map(() => null);
    const found = await this.dataSource.getRepository(SuspiciousActivityReport).findBy(scoped(access, { id: In(valid) }));
    const byId = new Map(found.map((report) => [report.id, report]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each holder's reports the caller may know of, newest first; an empty list otherwise. */
  async listForHolders(access: ReportAccess, holderIds: readonly string[]): Promise<SuspiciousActivityReport[][]> {
    const valid = holderIds.filter(isUuid);
    if (access.kind === 'none' || valid.length === 0) return holderIds.map(() => []);
    const found = await this.dataSource.getRepository(SuspiciousActivityReport).find({
      where: scoped(access, { accountHolderId: In(valid) }),
      order: { filedAt: 'DESC', id: 'ASC' },
    });
    return holderIds.map((holderId) =>
      found.filter((report) => report.accountHolderId === holderId).slice(0, MAX_REPORTS_PER_HOLDER),
    );
  }

  /**
   * Files a report for the caller's institution on one of its own customers. Idempotent by the
   * institution's reference. A holder of another institution is refused exactly like a holder
   * that does not exist, so filing cannot be used to probe other banks' customers.
   */
  async file(principal: Principal, input: FileReportInput): Promise<SuspiciousActivityReport> {
    if (principal.sector !== 'FINANCIAL' || !principal.roles.some((role) => REPORT_FILER_ROLES.includes(role))) {
      throw new BeaconError('FORBIDDEN', "Only a financial institution's compliance officers file suspicious-activity reports.");
    }
    const invalidFields: Array<{ field: string; reason: string }> = [];
    const reference = input.reference?.trim() ?? '';
    if (reference === '') invalidFields.push({ field: 'reference', reason: 'required' });
    const filedAt = parseInstant(input.filedAt);
    if (!filedAt) invalidFields.push({ field: 'filedAt', reason: 'not an ISO 8601 date-time with a time zone' });
    else if (filedAt.getTime() > Date.now()) invalidFields.push({ field: 'filedAt', reason: 'in the future' });
    if (!Object.values(SuspiciousActivityTypology).includes(input.typology)) {
      invalidFields.push({ field: 'typology', reason: `not one of ${Object.values(SuspiciousActivityTypology).join(', ')}` });
    }
    const status = input.status ?? SuspiciousActivityReportStatus.FILED;
    if (!Object.values(SuspiciousActivityReportStatus).includes(status)) {
      invalidFields.push({ field: 'status', reason: `not one of ${Object.values(SuspiciousActivityReportStatus).join(', ')}` });
    }
    if (!input.narrative?.trim()) invalidFields.push({ field: 'narrative', reason: 'required' });
    if (!isUuid(input.accountHolderId)) invalidFields.push({ field: 'accountHolderId', reason: 'not an account holder id' });
    if (invalidFields.length > 0 || !filedAt) {
      throw new BeaconError('BAD_USER_INPUT', 'Some fields of the report are invalid.', { invalidFields });
    }

    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `suspicious_activity_report:${principal.org}:${reference}`,
      ]);
      const repository = manager.getRepository(SuspiciousActivityReport);
      const existing = await repository.findOneBy({ ownerOrg: principal.org, reference });
      if (existing) return existing;
      const holder = await manager.getRepository(AccountHolder).findOneBy({ id: input.accountHolderId, ownerOrg: principal.org });
      if (!holder) {
        throw new BeaconError('BAD_USER_INPUT', 'Some fields of the report are invalid.', {
          invalidFields: [{ field: 'accountHolderId', reason: 'not an account holder of your institution' }],
        });
      }
      return repository.save(
        repository.create({
          reference,
          accountHolderId: holder.id,
          filedAt,
          typology: input.typology,
          narrative: input.narrative.trim(),
          status,
          ownerOrg: principal.org,
          retentionUntil: fiveYearsAfter(filedAt),
        }),
      );
    });
  }
}

/** The caller's scope as a WHERE clause: a filer's own institution, or every institution. */
function scoped(
  access: Exclude<ReportAccess, { kind: 'none' }>,
  where: FindOptionsWhere<SuspiciousActivityReport>,
): FindOptionsWhere<SuspiciousActivityReport> {
  return access.kind === 'filer' ? { ...where, ownerOrg: access.org } : where;
}

/** An instant with an explicit offset; a bare local time would depend on the server's zone. */
function parseInstant(value: string): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return undefined;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Reports are kept five years from filing (31 CFR 1020.320(d); FATF R.11). */
function fiveYearsAfter(instant: Date): string {
  const until = new Date(instant);
  until.setUTCFullYear(until.getUTCFullYear() + 5);
  return until.toISOString().slice(0, 10);
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
