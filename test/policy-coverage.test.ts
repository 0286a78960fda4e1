import { allow } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { findPolicyGaps, type PolicyMap } from '../shared/policy/index.js';
import { withKitPolicy } from '../shared/subgraph-kit/index.js';
import { buildOfflineSubgraphs } from '../cli/compose/compose-supergraph.js';
import { lawEnforcementPolicy } from '../subgraphs/law-enforcement/policy.js';
import { ngoPolicy } from '../subgraphs/ngo/policy.js';
import { financialPolicy } from '../subgraphs/financial/policy.js';
import { linkagePolicy } from '../subgraphs/linkage/policy.js';

const POLICIES: Record<string, PolicyMap> = {
  'law-enforcement': lawEnforcementPolicy,
  ngo: ngoPolicy,
  financial: financialPolicy,
  linkage: linkagePolicy,
};

/** Every `Type.field` a policy map names. */
function pathsOf(policy: PolicyMap): string[] {
  return Object.entries(policy).flatMap(([type, fields]) => Object.keys(fields).map((field) => `${type}.${field}`));
}

/** The only fields the subgraph kit adds to every subgraph, and so rules itself: the audit trail. */
const KIT_FIELD = /^(Query\.auditTrail|AuditTrail\.\w+|AuditEvent\.\w+)$/;

describe("every subgraph's policy", async () => {
  const built = await buildOfflineSubgraphs();

  it.each(built.map(({ definition, subgraph }) => [definition.name, subgraph] as const))(
    '%s: every field of the schema, federation fields included, has exactly one explicit rule',
    (name, subgraph) => {
      const policy = POLICIES[name] as PolicyMap;
      // policy.ts plus the rules of the fields the kit adds; a field added in the subgraph still needs its own rule.
      expect(findPolicyGaps(subgraph.schema, withKitPolicy(name, policy))).toEqual({ unruled: [], stale: [] });
      expect(pathsOf(subgraph.policy).sort()).toEqual(pathsOf(withKitPolicy(name, policy)).sort());
      for (const field of ['_service', '_entities']) expect(policy.Query?.[field], `Query.${field}`).toBeDefined();
      expect(policy._Service?.sdl).toBeDefined();
    },
  );

  it.each(Object.entries(POLICIES))('%s: the kit adds rules only for its own audit-trail fields', (name, policy) => {
    const own = new Set(pathsOf(policy));
    const added = pathsOf(withKitPolicy(name, policy)).filter((path) => !own.has(path));
    expect(added).toContain('Query.auditTrail');
    expect(added.filter((path) => !KIT_FIELD.test(path))).toEqual([]);
  });

  it.each(Object.entries(POLICIES))('%s: no field is open to everyone (no `allow` rule)', (name, policy) => {
    const open = Object.entries(withKitPolicy(name, policy)).flatMap(([type, fields]) =>
      Object.entries(fields)
        .filter(([, rule]) => rule === allow)
        .map(([field]) => `${type}.${field}`),
    );
    expect(open).toEqual([]);
  });
});
