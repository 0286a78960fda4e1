import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Rule } from './rules.js';

/** Every `Type.field` of a subgraph mapped to exactly one rule; what is not named is denied. */
export type PolicyMap = Readonly<Record<string, Readonly<Record<string, Rule>>>>;

export interface PolicyGap {
  /** Fields of the schema with no rule: unreachable, and a build error. */
  readonly unruled: readonly string[];
  /** Rules naming fields the schema does not have: a rule left behind by a rename. */
  readonly stale: readonly string[];
}

/** Object types whose fields GraphQL itself answers; they carry no data of ours. */
function isIntrospectionType(name: string): boolean {
  return name.startsWith('__');
}

/** Compares a schema with its policy map, both ways. */
export function findPolicyGaps(schema: GraphQLSchema, policy: PolicyMap): PolicyGap {
  const unruled: string[] = [];
  const seen = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type.name)) continue;
    for (const field of Object.keys(type.getFields())) {
      const path = `${type.name}.${field}`;
      seen.add(path);
      if (!policy[type.name]?.[field]) unruled.push(path);
    }
  }
  const stale = Object.entries(policy).flatMap(([type, fields]) =>
    Object.keys(fields)
      .map((field) => `${type}.${field}`)
      .filter((path) => !seen.has(path)),
  );
  return { unruled: unruled.sort(), stale: stale.sort() };
}

/** Refuses to build a subgraph whose policy leaves a field unruled or names a missing one. */
export function assertPolicyCovers(subgraph: string, schema: GraphQLSchema, policy: PolicyMap): void {
  const { unruled, stale } = findPolicyGaps(schema, policy);
  const problems: string[] = [];
  if (unruled.length > 0) problems.push(`fields without a rule: ${unruled.join(', ')}`);
  if (stale.length > 0) problems.push(`rules for fields that do not exist: ${stale.join(', ')}`);
  if (problems.length > 0) {
    throw new Error(`The ${subgraph} subgraph's policy.ts is incomplete — ${problems.join('; ')}.`);
  }
}
