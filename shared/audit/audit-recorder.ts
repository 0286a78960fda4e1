import { createHash } from 'node:crypto';
import type { AuditActor, AuditEventInput, AuditOutcome } from './audit-event.js';
import type { AuditSink } from './audit-writer.js';

/** Who is asking, and why: the part of every event that is the same for a whole request. */
export interface AuditRequest {
  readonly requestId: string;
  readonly actor: AuditActor;
  readonly purpose: string | null;
  readonly justification: string | null;
}

/** A record as the recorder names it; `recordId` is absent for root fields (no record). */
export interface AuditedRecord {
  readonly recordType: string;
  readonly recordId?: string;
  readonly ownerOrg?: string;
}

export interface AuditedWrite {
  readonly recordType: string;
  readonly recordIds: readonly string[];
  readonly ownerOrg: string | null;
  /** The mutation field and the names of the arguments it was given. */
  readonly fields: readonly string[];
  readonly outcome: AuditOutcome;
  readonly errorCode: string | null;
}

interface Group {
  readonly kind: 'DISCLOSURE' | 'DENIAL';
  readonly record: AuditedRecord;
  readonly errorCode: string | null;
  readonly fields: Set<string>;
}

/**
 * Collects one request's audit events while it executes and writes them together when it ends
 * (`ctx.audit`). Disclosures are grouped per record, denials per record and error code, so a list
 * of twenty survivors is twenty events, not one per field.
 */
export class AuditRecorder {
  private readonly groups = new Map<string, Group>();
  private readonly writes: AuditedWrite[] = [];
  private flushed = false;

  /** `log` undefined: auditing is off (the overhead benchmark only); every method is then a no-op. */
  constructor(
    private readonly request: AuditRequest,
    private readonly log: AuditSink | undefined,
  ) {}

  get enabled(): boolean {
    return this.log !== undefined;
  }

  /** The caller was shown `field` of a record, non-null. */
  disclosed(record: AuditedRecord, field: string): void {
    if (this.log) this.group('DISCLOSURE', record, null).fields.add(field);
  }

  /** The policy refused `field` of a record (or a root field) with `errorCode`. */
  denied(record: AuditedRecord, field: string, errorCode: string): void {
    if (this.log) this.group('DENIAL', record, errorCode).fields.add(field);
  }

  wrote(write: AuditedWrite): void {
    if (this.log) this.writes.push(write);
  }

  /** How many writes were recorded so far (a mutation refused before execution has none). */
  get writeCount(): number {
    return this.writes.length;
  }

  /** The events collected so far, as they would be appended. */
  events(operation: string | undefined): AuditEventInput[] {
    const common = {
      requestId: this.request.requestId,
      actor: this.request.actor,
      purpose: this.request.purpose,
      justification: this.request.justification,
      operationHash: operation === undefined ? null : operationHash(operation),
    };
    const grouped = [...this.groups.values()].map(
      (group): AuditEventInput => ({
        ...common,
        kind: group.kind,
        recordType: group.record.recordType,
        recordIds: group.record.recordId === undefined ? [] : [group.record.recordId],
        recordOwnerOrg: group.record.ownerOrg ?? null,
        fields: [...group.fields],
        outcome: group.kind === 'DENIAL' ? 'DENIED' : 'ALLOWED',
        errorCode: group.errorCode,
      }),
    );
    const writes = this.writes.map(
      (write): AuditEventInput => ({
        ...common,
        kind: 'WRITE',
        recordType: write.recordType,
        recordIds: write.recordIds,
        recordOwnerOrg: write.ownerOrg,
        fields: write.fields,
        outcome: write.outcome,
        errorCode: write.errorCode,
      }),
    );
    return [...writes, ...grouped];
  }

  /**
   * Writes everything collected, once, in one INSERT (which may carry other requests' events
   * too, see AuditWriter), and resolves when it is committed. Rejects when the log cannot be written:
   * the caller must then withhold the response (a disclosure that cannot be recorded must not
   * happen).
   */
  async flush(operation: string | undefined): Promise<number> {
    if (!this.log || this.flushed) return 0;
    this.flushed = true;
    const events = this.events(operation);
    await this.log.append(events);
    return events.length;
  }

  private group(kind: Group['kind'], record: AuditedRecord, errorCode: string | null): Group {
    const key = `${kind}\u0000${record.recordType}\u0000${record.recordId ?? ''}\u0000${errorCode ?? ''}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { kind, record, errorCode, fields: new Set() };
      this.groups.set(key, group);
    }
    return group;
  }
}

/** sha256 (hex) of an operation's text. */
export function operationHash(operation: string): string {
  return createHash('sha256').update(operation, 'utf8').digest('hex');
}

/**
 * The one event of a request refused before GraphQL ran (no purpose, or one the token does not
 * grant): a denial with no record, kept so that probing is visible to the operator.
 */
export function refusedRequestEvent(request: AuditRequest, errorCode: string, operation: string | undefined): AuditEventInput {
  return {
    ...request,
    operationHash: operation === undefined ? null : operationHash(operation),
    kind: 'DENIAL',
    recordType: null,
    recordIds: [],
    recordOwnerOrg: null,
    fields: [],
    outcome: 'DENIED',
    errorCode,
  };
}
