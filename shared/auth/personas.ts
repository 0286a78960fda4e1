import type { Sector } from './principal.js';

/** The claims of a demo caller; `npx beacon token --persona <name>` mints a token from one. */
export interface PersonaClaims {
  readonly sub: string;
  readonly org: string;
  readonly sector: Sector;
  readonly roles: readonly string[];
  readonly purposes: readonly string[];
}

/** Demo organisations. Each sector subgraph's seed data is owned by one of these. */
export const DEMO_ORGS = Object.freeze({
  LAW_ENFORCEMENT: 'harbour-police',
  NGO: 'safe-passage',
  FINANCIAL: 'northbank',
  HUB: 'beacon-hub',
});

/**
 * The people a newcomer tries Beacon as. Each sees a different slice of the same person:
 * that difference is the point of the demo.
 */
export const PERSONAS = Object.freeze({
  'le-investigator': {
    sub: 'demo:le-investigator',
    org: DEMO_ORGS.LAW_ENFORCEMENT,
    sector: 'LAW_ENFORCEMENT',
    roles: ['investigator'],
    purposes: ['investigation', 'analysis'],
  },
  'ngo-caseworker': {
    sub: 'demo:ngo-caseworker',
    org: DEMO_ORGS.NGO,
    sector: 'NGO',
    roles: ['caseworker'],
    purposes: ['victim-support', 'analysis'],
  },
  'bank-compliance': {
    sub: 'demo:bank-compliance',
    org: DEMO_ORGS.FINANCIAL,
    sector: 'FINANCIAL',
    roles: ['compliance-officer'],
    purposes: ['aml-compliance', 'analysis'],
  },
  'hub-analyst': {
    sub: 'demo:hub-analyst',
    org: DEMO_ORGS.HUB,
    sector: 'HUB',
    roles: ['analyst'],
    purposes: ['analysis'],
  },
} satisfies Record<string, PersonaClaims>);

export type PersonaName = keyof typeof PERSONAS;

export function isPersonaName(name: string): name is PersonaName {
  return Object.hasOwn(PERSONAS, name);
}

/** Roles of service identities, never granted to people. */
export const SERVICE_ROLES = Object.freeze({
  /** The gateway's own identity: the only caller allowed `_service { sdl }`. */
  gateway: 'federation-gateway',
  /** A sector subgraph publishing linkage keys to the hub. */
  linkagePublisher: 'linkage-publisher',
});

/** The service identity a sector subgraph uses to publish to linkage. */
export function linkagePublisherClaims(sector: Sector, org: string): PersonaClaims {
  return {
    sub: `service:${sector.toLowerCase()}-publisher`,
    org,
    sector,
    roles: [SERVICE_ROLES.linkagePublisher],
    purposes: ['linkage'],
  };
}
