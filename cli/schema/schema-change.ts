import {
  BreakingChangeType,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type BreakingChange,
  type DangerousChange,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../sdk/api-schema.js';

/** One difference between the committed schema and the proposed one, with the words for it. */
export interface SchemaChange {
  /** graphql-js's change type, e.g. `FIELD_REMOVED`. */
  readonly type: string;
  /** The schema coordinate it concerns (`Survivor.gender`, `Gender.OTHER`, `Query.people(first:)`), as the allow-file names it. */
  readonly coordinate: string;
  /** What changed, as graphql-js words it. */
  readonly description: string;
  /** What a partner's existing operations suffer from it. */
  readonly impact: string;
}

/** A removal of something that was `@deprecated`: the retirement path, allowed. */
export interface Retirement extends SchemaChange {
  readonly deprecationReason: string;
}

export interface SchemaChangeReport {
  /** Breaking changes neither deprecated first nor allowed: these fail the check. */
  readonly breaking: readonly SchemaChange[];
  /** Breaking changes the allow-file lists, with its reason. */
  readonly allowed: ReadonlyArray<SchemaChange & { readonly reason: string }>;
  readonly retired: readonly Retirement[];
  /** Changes that keep operations valid but can change what they return (a new enum value…). */
  readonly dangerous: readonly SchemaChange[];
}

/** An allow-file entry: a breaking change accepted knowingly, and why. */
export interface AllowedChange {
  readonly coordinate: string;
  readonly reason: string;
}

/**
 * Compares the API schemas partners see (federation internals stripped) of two supergraphs.
 * A removal of a field, argument or enum value that the committed schema already marked
 * `@deprecated` is the agreed way to retire it, so it passes as a retirement.
 */
export function compareSupergraphs(committedSdl: string, proposedSdl: string, allowList: readonly AllowedChange[] = []): SchemaChangeReport {
  const before = buildApiSchema(committedSdl);
  const after = buildApiSchema(proposedSdl);
  const breaking: SchemaChange[] = [];
  const allowed: Array<SchemaChange & { reason: string }> = [];
  const retired: Retirement[] = [];
  for (const change of findBreakingChanges(before, after)) {
    const described = describe(change);
    const deprecationReason = deprecationOf(before, change);
    const entry = allowList.find((item) => item.coordinate === described.coordinate);
    if (deprecationReason !== undefined) retired.push({ ...described, deprecationReason });
    else if (entry) allowed.push({ ...described, reason: entry.reason });
    else breaking.push(described);
  }
  return { breaking, allowed, retired, dangerous: findDangerousChanges(before, after).map(describe) };
}

const IMPACT: Partial<Record<string, string>> = {
  [BreakingChangeType.FIELD_REMOVED]: 'operations that select it stop validating',
  [BreakingChangeType.TYPE_REMOVED]: 'operations and fragments that name it stop validating',
  [BreakingChangeType.FIELD_CHANGED_KIND]: "its type changed: partners' generated types and the code reading it break",
  [BreakingChangeType.TYPE_CHANGED_KIND]: 'fragments and generated types that rely on its kind break',
  [BreakingChangeType.ARG_REMOVED]: 'operations that pass it stop validating',
  [BreakingChangeType.ARG_CHANGED_KIND]: 'operations passing the old type (or leaving a now-required value out) stop validating',
  [BreakingChangeType.REQUIRED_ARG_ADDED]: 'every operation selecting the field without the new argument stops validating; give it a default or make it nullable',
  [BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED]: 'every input built without the new field is refused; give it a default or make it nullable',
  [BreakingChangeType.VALUE_REMOVED_FROM_ENUM]: 'partners sending the value are refused, and code switching on it never sees it again',
  [BreakingChangeType.TYPE_REMOVED_FROM_UNION]: 'fragments on that member stop validating',
  [BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED]: 'fragments on the interface no longer apply to it',
};

function describe(change: BreakingChange | DangerousChange): SchemaChange {
  return {
    type: change.type,
    coordinate: coordinateOf(change),
    description: change.description,
    impact: IMPACT[change.type] ?? 'existing operations may behave differently',
  };
}

/**
 * The schema coordinate in graphql-js's description (graphql is pinned at 16, whose wording a
 * test holds): `T.f was removed.`, `A required arg a on T.f was added.`, `V was removed from enum type E.`
 */
function coordinateOf(change: BreakingChange | DangerousChange): string {
  const text = change.description;
  const argument = /^(\w+)\.(\w+) arg (\w+) /.exec(text);
  if (argument) return `${argument[1]}.${argument[2]}(${argument[3]}:)`;
  const newArgument = /arg (\w+) on (\w+)\.(\w+) /.exec(text);
  if (newArgument) return `${newArgument[2]}.${newArgument[3]}(${newArgument[1]}:)`;
  const enumValue = /^(\w+) was (?:removed from|added to) (?:enum|union) type (\w+)/.exec(text);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const inputField = /field (\w+) on input type (\w+)/.exec(text);
  if (inputField) return `${inputField[2]}.${inputField[1]}`;
  const field = /(\w+)\.(\w+)/.exec(text);
  if (field) return `${field[1]}.${field[2]}`;
  return /^(\w+)/.exec(text)?.[1] ?? text;
}

/** The committed schema's deprecation reason for a removed field, argument or enum value. */
function deprecationOf(schema: GraphQLSchema, change: BreakingChange): string | undefined {
  const coordinate = coordinateOf(change);
  const [typeName = '', member = ''] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (change.type === BreakingChangeType.VALUE_REMOVED_FROM_ENUM && isEnumType(type)) {
    return type.getValue(member)?.deprecationReason ?? undefined;
  }
  if (change.type === BreakingChangeType.FIELD_REMOVED && (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) {
    return type.getFields()[member]?.deprecationReason ?? undefined;
  }
  const argument = /^(\w+)\((\w+):\)$/.exec(member);
  if (change.type === BreakingChangeType.ARG_REMOVED && argument && (isObjectType(type) || isInterfaceType(type))) {
    return type.getFields()[argument[1]!]?.args.find((arg) => arg.name === argument[2])?.deprecationReason ?? undefined;
  }
  return undefined;
}
