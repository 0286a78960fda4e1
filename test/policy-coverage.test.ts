import { allow } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { findPolicyGaps, type PolicyMap } from '../shared/policy/index.js';
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

describe("every subgraph's policy", async () => {
  const built = await buildOfflineSubgraphs();

  it.each(built.map(({ definition, subgraph }) => [definition.name, subgraph] as const))(
    '%s: every field of the schema, federation fields included, has exactly one explicit rule',
    (name, subgraph) => {
      const policy = POLICIES[name] as PolicyMap;
      expect(findPolicyGaps(subgraph.schema, policy)).toEqual({ unruled: [], stale: [] });
      for (const field of ['_service', '_entities']) expect(policy.Query?.[field], `Query.${field}`).toBeDefined();
      expect(policy._Service?.sdl).toBeDefined();
    },
  );

  it.each(Object.entries(POLICIES))('%s: no field is open to everyone (no `allow` rule)', (_name, policy) => {
    const open = Object.entries(policy).flatMap(([type, fields]) =>
      Object.entries(fields)
        .filter(([, rule]) => rule === allow)
        .map(([field]) => `${type}.${field}`),
    );
    expect(open).toEqual([]);
  });
});
