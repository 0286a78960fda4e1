import { getNamedType, GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareTypeMap } from 'graphql-middleware';
import { isBeaconError } from '../errors/index.js';
import { isAuthenticated, type PolicyMap } from '../policy/index.js';
import { DENIAL_CODES } from './audit-event.js';
import type { AuditedRecord, AuditRecorder } from './audit-recorder.js';

/** What the middleware needs of a request's context. */
export interface AuditedContext {
  readonly audit: AuditRecorder;
  readonly principal: { readonly org: string };
}

/** graphql-middleware's field resolver wrapper (its own type is not exported). */
type FieldMiddleware = (
  resolve: (parent: unknown, args: Record<string, unknown>, context: AuditedContext, info: GraphQLResolveInfo) => unknown,
  parent: unknown,
  args: Record<string, unknown>,
  context: AuditedContext,
  info: GraphQLResolveInfo,
) => Promise<unknown>;

export interface AuditMiddlewareOptions {
  /** Types whose reads are not recorded field by field (the audit trail's own events). */
  readonly unrecordedTypes?: ReadonlySet<string>;
}

/**
 * A field is sensitive when its rule is anything but "any member with a valid token": only then
 * can a caller be shown something another caller may not see. Ids never are (linkage already
 * handed them out), and a field every member may read discloses nothing worth an event.
 */
export function isSensitiveField(policy: PolicyMap, type: string, field: string): boolean {
  const rule = policy[type]?.[field];
  return field !== 'id' && rule !== undefined && rule !== isAuthenticated;
}

/**
 * graphql-middleware wrappers for the fields worth recording, derived from the policy map:
 * every sensitive field (disclosure or denial) and every Mutation field (a write). Applied
 * outside the shield, so each wrapper sees what the shield let through — a value, or the
 * shield's FORBIDDEN — exactly as the caller will.
 */
export function auditMiddleware(policy: PolicyMap, options: AuditMiddlewareOptions = {}): IMiddlewareTypeMap {
  const middleware: IMiddlewareTypeMap = {};
  for (const [type, fields] of Object.entries(policy)) {
    if (options.unrecordedTypes?.has(type)) continue;
    const wrapped: IMiddlewareFieldMap = {};
    for (const field of Object.keys(fields)) {
      if (type === 'Mutation') wrapped[field] = recordWrite;
      else if (isSensitiveField(policy, type, field)) wrapped[field] = recordRead;
    }
    if (Object.keys(wrapped).length > 0) middleware[type] = wrapped;
  }
  return middleware;
}

const recordRead: FieldMiddleware = async (resolve, parent, args, context, info) => {
  let value: unknown;
  try {
    value = await resolve(parent, args, context, info);
  } catch (error) {
    noteReadError(context, parent, info, error);
    throw error;
  }
  // graphql-shield (with allowExternalErrors) returns errors rather than throwing them.
  if (value instanceof Error) noteReadError(context, parent, info, value);
  else if (value !== null && value !== undefined) {
    const record = recordOf(parent, info);
    // A root field's answer is not itself a record; the records inside it are audited field by field.
    if (record.recordId !== undefined) context.audit.disclosed(record, info.fieldName);
  }
  return value;
};

function noteReadError(context: AuditedContext, parent: unknown, info: GraphQLResolveInfo, error: unknown): void {
  const code = errorCodeOf(error);
  if (DENIAL_CODES.has(code)) context.audit.denied(recordOf(parent, info), info.fieldName, code);
}

const recordWrite: FieldMiddleware = async (resolve, parent, args, context, info) => {
  const base = {
    recordType: getNamedType(info.returnType).name,
    fields: [info.fieldName, ...argumentNames(args)],
  };
  const failed = (error: unknown) => {
    const code = errorCodeOf(error);
    context.audit.wrote({
      ...base,
      recordIds: [],
      ownerOrg: context.principal.org,
      outcome: DENIAL_CODES.has(code) ? 'DENIED' : 'FAILED',
      errorCode: code,
    });
  };
  let value: unknown;
  try {
    value = await resolve(parent, args, context, info);
  } catch (error) {
    failed(error);
    throw error;
  }
  if (value instanceof Error) failed(value);
  else {
    context.audit.wrote({
      ...base,
      recordIds: idsOf(value),
      ownerOrg: ownerOf(value) ?? context.principal.org,
      outcome: 'ALLOWED',
      errorCode: null,
    });
  }
  return value;
};

/** The record a field belongs to: the parent object's type, `id` and `ownerOrg`, when it has them. */
function recordOf(parent: unknown, info: GraphQLResolveInfo): AuditedRecord {
  const object = parent as { id?: unknown; ownerOrg?: unknown } | null | undefined;
  const id = object?.id;
  return {
    recordType: info.parentType.name,
    recordId: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
    ownerOrg: typeof object?.ownerOrg === 'string' ? object.ownerOrg : undefined,
  };
}

/** The code a caller sees for this error; anything internal is just INTERNAL_SERVER_ERROR here too. */
export function errorCodeOf(error: unknown): string {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isBeaconError(original)) return original.code;
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Argument names, one level into input objects (`input.survivorId`); never their values. */
function argumentNames(args: Record<string, unknown>): string[] {
  return Object.entries(args).flatMap(([name, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).map((key) => `${name}.${key}`)
      : [name],
  );
}

function idsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const id = (item as { id?: unknown } | null | undefined)?.id;
    return typeof id === 'string' || typeof id === 'number' ? [String(id)] : [];
  });
}

function ownerOf(value: unknown): string | undefined {
  const owner = (Array.isArray(value) ? value[0] : value) as { ownerOrg?: unknown } | null | undefined;
  return typeof owner?.ownerOrg === 'string' ? owner.ownerOrg : undefined;
}
