import { rule } from 'graphql-shield';
import type { Sector } from '../auth/index.js';
import type { RequestContext } from '../subgraph-kit/context.js';
import { describeRuleName } from './describe-rule.js';
import { forbidden, type Rule } from './rules.js';

/** One consent a data subject gave, as far as access decisions need it. */
export interface ConsentGrant {
  /** The sector the data subject agreed to share with. */
  readonly sector: Sector;
  /** The declared purpose (`x-beacon-purpose`) the consent covers. */
  readonly purpose: string;
  /** End of validity; `null` is open-ended. */
  readonly validUntil: Date | null;
  /** When the data subject withdrew it; `null` while in force. */
  readonly withdrawnAt: Date | null;
}

/**
 * The grants of the record a rule is evaluated on. Supplied by the owning subgraph, which should
 * batch it through a per-request DataLoader: the rule runs once per record and field.
 */
export type ConsentLookup<Parent = unknown> = (parent: Parent, ctx: RequestContext) => Promise<readonly ConsentGrant[]>;

/** In force at `at`: not withdrawn, and open-ended or not yet expired. */
export function isActiveConsent(grant: ConsentGrant, at: Date = new Date()): boolean {
  return grant.withdrawnAt === null && (grant.validUntil === null || grant.validUntil.getTime() > at.getTime());
}

/**
 * Allows when the record's data subject has a consent in force for the caller's sector AND the
 * request's declared purpose; anything else is `forbidden()`. `strict` cache: the answer depends
 * on the record, so it is computed once per record within a request, never shared across records.
 *
 * graphql-shield identifies rules by name: call this once per subgraph (or pass distinct names)
 * and reuse the rule it returns.
 */
export function consentAllows<Parent>(grantsOf: ConsentLookup<Parent>, name = 'consentAllows'): Rule {
  describeRuleName(name, "the data subject's consent in force covers the caller's sector and declared purpose");
  return rule(name, { cache: 'strict' })(async (parent: Parent | undefined, _args, ctx: RequestContext) => {
    if (parent === undefined || parent === null) return forbidden();
    const now = new Date();
    const grants = await grantsOf(parent, ctx);
    const allowed = grants.some(
      (grant) => grant.sector === ctx.principal.sector && grant.purpose === ctx.purpose && isActiveConsent(grant, now),
    );
    return allowed ? true : forbidden();
  });
}
