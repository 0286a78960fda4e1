/**
 * What one row of a subgraph's audit log says. Field names and record ids only: an audit log that
 * held the values it guards would be the most sensitive table of the database.
 */
export const AUDIT_EVENT_KINDS = ['DISCLOSURE', 'WRITE', 'DENIAL'] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who acted, as the verified token says; never taken from headers or inputs. */
export interface AuditActor {
  readonly sub: string;
  readonly org: string;
  readonly sector: string;
  readonly roles: readonly string[];
}

/** One event as the service hands it to the log; the database adds id, time and the chain hashes. */
export interface AuditEventInput {
  readonly requestId: string;
  readonly actor: AuditActor;
  readonly purpose: string | null;
  readonly justification: string | null;
  /** sha256 (hex) of the operation text, so an auditor can match an event to a query without storing it. */
  readonly operationHash: string | null;
  readonly kind: AuditEventKind;
  /**
   * The GraphQL type of the record (`Survivor`); the parent type (`Query`) of a refused field that
   * belongs to no record; null for a request refused before GraphQL ran.
   */
  readonly recordType: string | null;
  readonly recordIds: readonly string[];
  /** The organisation whose auditors may read this event; null when no record is involved. */
  readonly recordOwnerOrg: string | null;
  /** Field names (never values). */
  readonly fields: readonly string[];
  readonly outcome: AuditOutcome;
  /** The error code of a denial or a failed write (`FORBIDDEN`, `BAD_USER_INPUT`…). */
  readonly errorCode: string | null;
}

/** An event as stored: what an auditor reads. */
export interface StoredAuditEvent {
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly occurredAt: string;
  readonly requestId: string;
  readonly actorSub: string;
  readonly actorOrg: string;
  readonly actorSector: string;
  readonly actorRoles: readonly string[];
  readonly purpose: string | null;
  readonly justification: string | null;
  readonly kind: AuditEventKind;
  readonly recordType: string | null;
  readonly recordIds: readonly string[];
  readonly fields: readonly string[];
  readonly outcome: AuditOutcome;
  readonly errorCode: string | null;
  readonly hash: string;
}

/** Error codes that mean "the policy said no", as opposed to a failure. */
export const DENIAL_CODES: ReadonlySet<string> = new Set([
  'FORBIDDEN',
  'JUSTIFICATION_REQUIRED',
  'PURPOSE_REQUIRED',
  'PURPOSE_NOT_GRANTED',
  'UNAUTHENTICATED',
]);
