import { rule } from 'graphql-shield';
import {
  and,
  federationQueryRules,
  federationServiceRules,
  forbidden,
  isAuthenticated,
  or,
  purposeIn,
  roleIn,
  sameOrganisationAsOwner,
  sectorIs,
  type PolicyMap,
  type Rule,
} from '../../shared/policy/index.js';
import type { RequestContext } from '../../shared/subgraph-kit/index.js';
import type { Survivor } from './survivor/survivor.entity.js';

/** Caseworkers of any NGO, supporting survivors: the people who query their own organisation's survivors. */
const caseworker = and(sectorIs('NGO'), roleIn('caseworker'), purposeIn('victim-support'));

/**
 * Caseworkers of the NGO that supports this survivor: the only people who see who she is.
 * Built on `caseworker` rather than a second `sectorIs('NGO')`: graphql-shield refuses two rule
 * instances with one name.
 */
const caseworkerOfOwner = and(caseworker, sameOrganisationAsOwner);

/**
 * The survivor consented to share non-identifying attributes with the caller's sector. `strict`:
 * the answer depends on the record, so it is cached per record, never per request.
 */
const consentAllowsSector: Rule = rule('consentAllowsSector', { cache: 'strict' })(
  (parent: Partial<Pick<Survivor, 'sharedWithSectors'>> | undefined, _args, ctx: RequestContext) =>
    parent?.sharedWithSectors?.includes(ctx.principal.sector) ? true : forbidden(),
);

/** Non-identifying attributes: the owning caseworker, or any sector the survivor consented to. */
const caseworkerOfOwnerOrConsented = or(caseworkerOfOwner, consentAllowsSector);

/**
 * Every field of the NGO subgraph and who may read it. Anything not named here is denied (and
 * the subgraph refuses to start), so adding a field means deciding its rule.
 */
export const ngoPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    // Both queries only ever return the caller's own NGO's survivors; field rules still apply.
    survivor: caseworker,
    survivors: caseworker,
  },
  _Service: federationServiceRules,
  Survivor: {
    // The id is what linkage already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    // Identifying: a survivor's name or birth date in the wrong hands can lead a trafficker to her.
    givenName: caseworkerOfOwner,
    familyName: caseworkerOfOwner,
    dateOfBirth: caseworkerOfOwner,
    // Non-identifying on their own; shared where the survivor said so (e.g. for referral statistics).
    gender: caseworkerOfOwnerOrConsented,
    citizenship: caseworkerOfOwnerOrConsented,
    // Which NGO supports her: a consented sector needs it to make a referral; to anyone else it
    // says where she may be found (a shelter).
    owningOrganisation: caseworkerOfOwnerOrConsented,
  },
};
