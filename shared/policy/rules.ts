import { GraphQLError } from 'graphql';
import { allow, and, deny, not, or, rule } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import type { Sector } from '../auth/index.js';
import type { RequestContext } from '../subgraph-kit/context.js';

/**
 * Beacon's policy vocabulary. Rules speak the domain (sector, role, organisation, purpose) so
 * that `policy.ts` reads like the data-sharing agreement it enforces.
 *
 * Cache modes: rules that only look at the caller are `contextual` (evaluated once per request);
 * rules that look at the record (`parent`) are `strict` (once per record and arguments).
 */
export type Rule = IRule | ReturnType<typeof and>;

/** The error of every denied field: the caller learns that it may not see it, nothing more. */
export function forbidden(reason = 'You are not allowed to see this field.'): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'FORBIDDEN' } });
}

function verdict(allowed: boolean, reason?: string): true | GraphQLError {
  return allowed ? true : forbidden(reason);
}

/** Any caller with a verified token (every request reaching a resolver has one). */
export const isAuthenticated: Rule = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) => verdict(ctx.principal !== undefined),
);

/*
 * graphql-shield identifies rules by name and refuses two different rule objects with one name,
 * so parameterised rules are made once per parameter list and reused.
 */
const madeRules = new Map<string, Rule>();
function once(name: string, make: () => Rule): Rule {
  let made = madeRules.get(name);
  if (!made) {
    made = make();
    madeRules.set(name, made);
  }
  return made;
}

export function sectorIs(...sectors: Sector[]): Rule {
  const name = `sectorIs(${sectors.join(',')})`;
  return once(name, () =>
    rule(name, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => verdict(sectors.includes(ctx.principal.sector))),
  );
}

export function roleIn(...roles: string[]): Rule {
  const name = `roleIn(${roles.join(',')})`;
  return once(name, () =>
    rule(name, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
      verdict(ctx.principal.roles.some((role) => roles.includes(role))),
    ),
  );
}

/** The request's declared purpose is one of these (and, by construction, granted by the token). */
export function purposeIn(...purposes: string[]): Rule {
  const name = `purposeIn(${purposes.join(',')})`;
  return once(name, () =>
    rule(name, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
      verdict(purposes.includes(ctx.purpose), `This field is only disclosed for the purpose ${purposes.join(' or ')}.`),
    ),
  );
}

/** Anything that carries its owner: every Beacon record has an owning organisation. */
export interface Owned {
  readonly ownerOrg: string;
}

/** The caller acts for the organisation that owns the record being read. */
export const sameOrganisationAsOwner: Rule = rule('sameOrganisationAsOwner', { cache: 'strict' })(
  (parent: Partial<Owned> | undefined, _args, ctx: RequestContext) =>
    verdict(typeof parent?.ownerOrg === 'string' && parent.ownerOrg === ctx.principal.org),
);

/**
 * A law-enforcement officer consulting personal data states why (`x-beacon-justification`, e.g.
 * a case reference), as data-protection law for police processing asks; the audit trail keeps it.
 * Other sectors' callers are not asked for one.
 */
export const justifiedIfLawEnforcement: Rule = rule('justifiedIfLawEnforcement', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) =>
    ctx.principal.sector !== 'LAW_ENFORCEMENT' || (ctx.justification !== undefined && ctx.justification.length >= 3)
      ? true
      : new GraphQLError('Law-enforcement consultation of personal data needs a justification: send x-beacon-justification (e.g. a case reference).', {
          extensions: { code: 'JUSTIFICATION_REQUIRED' },
        }),
);

export { allow, deny, and, or, not };
