import { and, isAuthenticated, purposeIn, roleIn, type PolicyMap, type Rule } from '../policy/index.js';
import { DEFAULT_TRAIL_EVENTS, MAX_TRAIL_EVENTS, type AuditLog } from './audit-log.js';

/** An organisation's auditors, reviewing its disclosure trail: the only readers of audit events. */
export const auditor: Rule = and(roleIn('auditor'), purposeIn('audit'));

/** Types the kit adds to every subgraph; their reads are recorded once per trail, not per event. */
export const AUDIT_TYPES = Object.freeze({ trail: 'AuditTrail', event: 'AuditEvent' });

/** `law-enforcement` → `lawEnforcement`: the field under which a subgraph's own events appear. */
export function auditTrailFieldOf(subgraph: string): string {
  const field = subgraph.replace(/[-_\s]+([a-zA-Z0-9])/g, (_match, next: string) => next.toUpperCase());
  if (!/^[a-z][A-Za-z0-9]*$/.test(field)) {
    throw new TypeError(`Subgraph name ${JSON.stringify(subgraph)} does not make a GraphQL field name.`);
  }
  return field;
}

interface TrailKey {
  readonly recordType: string;
  readonly recordId: string;
}

interface AuditContext {
  readonly principal: { readonly org: string };
}

/**
 * Federation cannot route one root field by its arguments: a `Query.auditTrail` that every
 * subgraph shares would be sent to one of them, whichever the planner picks, while a record's
 * events live only in its owner's database. So `auditTrail` answers with an entity keyed by
 * (recordType, recordId), and each subgraph contributes the events of its own log under a field
 * named after it: one gateway query asks the owner (`auditTrail(…) { ngo { … } }`), and each
 * subgraph's answer is scoped to the caller's organisation.
 */
export function auditTrailSdl(subgraph: string): string {
  const field = auditTrailFieldOf(subgraph);
  return `
extend type Query {
  """
  The audit trail of one record. Each subgraph adds the events of its own audit log as a field named after it
  (e.g. \`ngo\`). For auditors (role \`auditor\`) declaring the purpose \`audit\`; they see only events about records
  their organisation owns.
  """
  auditTrail(
    """The record's GraphQL type, e.g. \`Survivor\`."""
    recordType: String!
    """The record's id."""
    recordId: ID!
  ): AuditTrail @shareable
}

"""The audit trail of one record, as each subgraph's own append-only log tells it."""
type AuditTrail @key(fields: "recordType recordId") {
  """The record's GraphQL type, e.g. \`Survivor\`."""
  recordType: String!
  """The record's id in the subgraph that owns it."""
  recordId: ID!
  """Events of the ${subgraph} subgraph's audit log about this record, newest first."""
  ${field}(
    """How many events (at most ${MAX_TRAIL_EVENTS})."""
    first: Int = ${DEFAULT_TRAIL_EVENTS}
  ): [AuditEvent!]
}

"""What an audit event records."""
enum AuditEventKind {
  """Sensitive fields of a record were shown to the caller."""
  DISCLOSURE
  """A mutation was attempted."""
  WRITE
  """The policy refused fields of a record, or the whole request."""
  DENIAL
}

"""How the request the event records ended."""
enum AuditOutcome {
  """The fields were shown, or the write made."""
  ALLOWED
  """The policy refused them."""
  DENIED
  """The write was attempted and failed."""
  FAILED
}

"""
One event of a subgraph's append-only, hash-chained audit log: who was shown, refused or wrote what, when and
why. It names fields, never their values.
"""
type AuditEvent @shareable {
  """Position in this subgraph's log (the chain's order)."""
  id: ID!
  """When the event was recorded, ISO 8601 in UTC."""
  occurredAt: String!
  """The request's id, as in the services' logs and the \`x-request-id\` header."""
  requestId: String!
  """The caller's subject (\`sub\` claim): who asked."""
  actorSub: String!
  """The caller's organisation."""
  actorOrg: String!
  """The caller's sector."""
  actorSector: String!
  """The caller's roles when they asked."""
  actorRoles: [String!]!
  """The purpose the caller declared."""
  purpose: String
  """The justification the caller stated (e.g. a case reference)."""
  justification: String
  """Disclosure, write or denial."""
  kind: AuditEventKind!
  """The GraphQL type of the records concerned."""
  recordType: String
  """Ids of the records concerned."""
  recordIds: [String!]!
  """Names of the fields disclosed, refused or written."""
  fields: [String!]!
  """How it ended."""
  outcome: AuditOutcome!
  """The error code of a denial or a failed write."""
  errorCode: String
  """sha256 of the previous event's hash and this event's content: \`beacon audit verify\` recomputes it."""
  hash: String!
}
`;
}

/** The rules of the kit's audit fields, merged into every subgraph's policy map. */
export function auditTrailPolicy(subgraph: string): PolicyMap {
  const eventFields = [
    'id', 'occurredAt', 'requestId', 'actorSub', 'actorOrg', 'actorSector', 'actorRoles', 'purpose',
    'justification', 'kind', 'recordType', 'recordIds', 'fields', 'outcome', 'errorCode', 'hash',
  ];
  return {
    Query: { auditTrail: auditor },
    // The key only echoes the caller's own arguments.
    [AUDIT_TYPES.trail]: { recordType: isAuthenticated, recordId: isAuthenticated, [auditTrailFieldOf(subgraph)]: auditor },
    // Events hold staff identities and what they looked at: auditors only, like the trail itself.
    [AUDIT_TYPES.event]: Object.fromEntries(eventFields.map((field) => [field, auditor])),
  };
}

/**
 * The trail object carries an `id` and `ownerOrg` (not in the schema) so that reading a trail is
 * itself recorded, as a disclosure of record `AuditTrail` `<recordType>:<recordId>` owned by the
 * reader's organisation: auditors are audited too.
 */
function trailObject(key: TrailKey, context: AuditContext) {
  return { recordType: key.recordType, recordId: key.recordId, id: `${key.recordType}:${key.recordId}`, ownerOrg: context.principal.org };
}

/** Resolvers for the SDL above; `log` reads this subgraph's own audit log. */
export function auditTrailResolvers(subgraph: string, log: AuditLog | undefined) {
  const field = auditTrailFieldOf(subgraph);
  return {
    Query: {
      auditTrail: (_root: unknown, args: TrailKey, context: AuditContext) => trailObject(args, context),
    },
    [AUDIT_TYPES.trail]: {
      __resolveReference: (reference: TrailKey, context: AuditContext) => trailObject(reference, context),
      [field]: (trail: TrailKey, args: { first: number }, context: AuditContext) => {
        if (!log) throw new Error(`The ${subgraph} subgraph was built without an audit log to read.`);
        return log.trail(context.principal.org, trail.recordType, trail.recordId, args.first);
      },
    },
  };
}
