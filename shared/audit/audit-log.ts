import type { DataSource } from 'typeorm';
import type { AuditEventInput, AuditEventKind, AuditOutcome, StoredAuditEvent } from './audit-event.js';

/** The most events one trail query returns, whatever the caller asks for. */
export const MAX_TRAIL_EVENTS = 200;
export const DEFAULT_TRAIL_EVENTS = 50;

/*
 * One statement whatever the number of events: the rows travel as one JSON parameter, so a large
 * answer cannot run into Postgres's limit of 65,535 bind parameters. WITH ORDINALITY keeps the
 * request's order, which the chain then records.
 */
const APPEND_SQL = `
  INSERT INTO audit_event (request_id, actor_sub, actor_org, actor_sector, actor_roles, purpose,
    justification, operation_hash, kind, record_type, record_ids, record_owner_org, fields, outcome, error_code)
  SELECT e.request_id, e.actor_sub, e.actor_org, e.actor_sector, e.actor_roles, e.purpose,
    e.justification, e.operation_hash, e.kind, e.record_type, e.record_ids, e.record_owner_org, e.fields,
    e.outcome, e.error_code
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS item(value, position)
  CROSS JOIN LATERAL jsonb_to_record(item.value) AS e(request_id text, actor_sub text, actor_org text,
    actor_sector text, actor_roles text[], purpose text, justification text, operation_hash text, kind text,
    record_type text, record_ids text[], record_owner_org text, fields text[], outcome text, error_code text)
  ORDER BY item.position`;

const TRAIL_SQL = `
  SELECT id::text AS id,
    to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
    request_id, actor_sub, actor_org, actor_sector, actor_roles, purpose, justification, kind, record_type,
    record_ids, fields, outcome, error_code, hash
  FROM audit_event
  WHERE record_owner_org = $1 AND record_type = $2 AND record_ids @> ARRAY[$3]::text[]
  ORDER BY id DESC
  LIMIT $4`;

interface TrailRow {
  id: string;
  occurred_at: string;
  request_id: string;
  actor_sub: string;
  actor_org: string;
  actor_sector: string;
  actor_roles: string[];
  purpose: string | null;
  justification: string | null;
  kind: AuditEventKind;
  record_type: string | null;
  record_ids: string[];
  fields: string[];
  outcome: AuditOutcome;
  error_code: string | null;
  hash: string;
}

/** A subgraph's audit log in its own database: appended to by requests, read by its auditors. */
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends the events in one INSERT; the database numbers, dates and chains them. */
  async append(events: readonly AuditEventInput[]): Promise<void> {
    if (events.length === 0) return;
    await this.dataSource.query(APPEND_SQL, [JSON.stringify(events.map(toRow))]);
  }

  /**
   * Events about one record that the given organisation owns, newest first. Scoped by owner in
   * the query itself: an auditor of one organisation never reads another's events.
   */
  async trail(ownerOrg: string, recordType: string, recordId: string, first = DEFAULT_TRAIL_EVENTS): Promise<StoredAuditEvent[]> {
    const limit = Math.min(Math.max(Math.trunc(first), 0), MAX_TRAIL_EVENTS);
    if (limit === 0) return [];
    const rows: TrailRow[] = await this.dataSource.query(TRAIL_SQL, [ownerOrg, recordType, recordId, limit]);
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      requestId: row.request_id,
      actorSub: row.actor_sub,
      actorOrg: row.actor_org,
      actorSector: row.actor_sector,
      actorRoles: row.actor_roles,
      purpose: row.purpose,
      justification: row.justification,
      kind: row.kind,
      recordType: row.record_type,
      recordIds: row.record_ids,
      fields: row.fields,
      outcome: row.outcome,
      errorCode: row.error_code,
      hash: row.hash,
    }));
  }
}

function toRow(event: AuditEventInput): Record<string, unknown> {
  return {
    request_id: clean(event.requestId),
    actor_sub: clean(event.actor.sub),
    actor_org: clean(event.actor.org),
    actor_sector: clean(event.actor.sector),
    actor_roles: event.actor.roles.map(clean),
    purpose: cleanOrNull(event.purpose),
    justification: cleanOrNull(event.justification),
    operation_hash: event.operationHash,
    kind: event.kind,
    record_type: cleanOrNull(event.recordType),
    record_ids: event.recordIds.map(clean),
    record_owner_org: cleanOrNull(event.recordOwnerOrg),
    fields: event.fields.map(clean),
    outcome: event.outcome,
    error_code: cleanOrNull(event.errorCode),
  };
}

/**
 * Postgres text cannot hold NUL, and a token's claims or a header could carry one: dropped here
 * rather than letting a caller make every audit write (and so their own request) fail.
 */
function clean(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

function cleanOrNull(text: string | null): string | null {
  return text === null ? null : clean(text);
}
