import {
  and,
  consentAllows,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  or,
  purposeIn,
  roleIn,
  sameOrganisationAsOwner,
  sectorIs,
  type ConsentLookup,
  type PolicyMap,
} from '../../shared/policy/index.js';
import type { Survivor } from './survivor/survivor.entity.js';

/** Caseworkers of any NGO, supporting survivors: the people who query their own organisation's survivors. */
const caseworker = and(sectorIs('NGO'), roleIn('caseworker'), purposeIn('victim-support'));

/**
 * Caseworkers of the NGO that supports this survivor (or holds this consent): the only people who
 * see who she is, and what she agreed to. Built on `caseworker` rather than a second
 * `sectorIs('NGO')`: graphql-shield refuses two rule instances with one name.
 */
const caseworkerOfOwner = and(caseworker, sameOrganisationAsOwner);

export interface NgoPolicyOptions {
  /** A survivor's consents, batched per request (the running subgraph passes its DataLoader). */
  readonly consentsOf: ConsentLookup<Survivor>;
}

/**
 * Every field of the NGO subgraph and who may read it. Anything not named here is denied (and
 * the subgraph refuses to start), so adding a field means deciding its rule.
 *
 * A function of the consent lookup because the consent rule reads the subgraph's own database;
 * each running subgraph builds its policy with its own lookup.
 */
export function createNgoPolicy({ consentsOf }: NgoPolicyOptions): PolicyMap {
  /** Non-identifying attributes: the owning caseworker, or a sector and purpose she consented to. */
  const caseworkerOfOwnerOrConsented = or(caseworkerOfOwner, consentAllows(consentsOf));
  return {
    Query: {
      ...federationQueryRules,
      // Both queries only ever return the caller's own NGO's survivors; field rules still apply.
      survivor: caseworker,
      survivors: caseworker,
    },
    // The service further limits both to the caller's own NGO's survivors and consents.
    Mutation: { grantConsent: caseworker, withdrawConsent: caseworker },
    _Service: federationServiceRules,
    Survivor: {
      // The id is what linkage already handed the caller; it reveals nothing more.
      id: isAuthenticated,
      // Identifying: a survivor's name or birth date in the wrong hands can lead a trafficker to her.
      givenName: caseworkerOfOwner,
      familyName: caseworkerOfOwner,
      dateOfBirth: caseworkerOfOwner,
      // Non-identifying on their own; shared where she said so, with whom and what for.
      gender: caseworkerOfOwnerOrConsented,
      citizenship: caseworkerOfOwnerOrConsented,
      // Which NGO supports her: a consented sector needs it to make a referral; to anyone else it
      // says where she may be found (a shelter).
      owningOrganisation: caseworkerOfOwnerOrConsented,
      // What she agreed to, and with whom, is between her and her caseworkers.
      consents: caseworkerOfOwner,
    },
    // Only ever reached by the owning NGO's caseworkers (the mutations and `Survivor.consents`);
    // checked again per record all the same.
    Consent: {
      id: caseworkerOfOwner,
      survivorId: caseworkerOfOwner,
      sector: caseworkerOfOwner,
      purpose: caseworkerOfOwner,
      grantedAt: caseworkerOfOwner,
      validUntil: caseworkerOfOwner,
      withdrawnAt: caseworkerOfOwner,
      recordedBy: caseworkerOfOwner,
      active: caseworkerOfOwner,
    },
  };
}

/**
 * The NGO's rules for tools that read the map without serving requests (the policy coverage test,
 * `docs/ACCESS.md`). Its consent lookup finds no consent, so it fails closed if ever served.
 */
export const ngoPolicy: PolicyMap = createNgoPolicy({ consentsOf: async () => [] });
