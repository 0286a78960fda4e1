import { addDays } from './calendar.js';
import { drawIdentity, type Identity } from './identity.js';
import { ORIGINS, originOf } from './name-pools.js';
import { Prng } from './prng.js';
import { destinationOf, pickCorridor, type Corridor } from './routes.js';

export type Sector = 'LE' | 'NGO' | 'FIN';
export type SectorSet = 'LE' | 'NGO' | 'FIN' | 'LE+NGO' | 'LE+FIN' | 'NGO+FIN' | 'LE+NGO+FIN';
export type Role = 'RECRUITER' | 'VICTIM' | 'BACKGROUND';
export type Exploitation = keyof Corridor['exploitation'];

/**
 * In which sectors a person of each role is recorded. The shares are the ground truth an overlap
 * measurement is checked against: e.g. 55% of victims appear in two or three sectors.
 */
export const SECTOR_MIX: Readonly<Record<Role, Readonly<Record<SectorSet, number>>>> = Object.freeze({
  RECRUITER: { LE: 0.35, NGO: 0, FIN: 0, 'LE+NGO': 0, 'LE+FIN': 0.65, 'NGO+FIN': 0, 'LE+NGO+FIN': 0 },
  VICTIM: { LE: 0.1, NGO: 0.25, FIN: 0.05, 'LE+NGO': 0.3, 'LE+FIN': 0.05, 'NGO+FIN': 0.1, 'LE+NGO+FIN': 0.15 },
  BACKGROUND: { LE: 0.15, NGO: 0.15, FIN: 0.6, 'LE+NGO': 0.015, 'LE+FIN': 0.04, 'NGO+FIN': 0.04, 'LE+NGO+FIN': 0.005 },
});

/** Share of all people who belong to a trafficking network (as recruiter or victim). */
export const NETWORK_SHARE = 0.25;
export const VICTIMS_PER_NETWORK = { min: 3, max: 8 } as const;

export interface Member {
  readonly identity: Identity;
  readonly role: Role;
  readonly sectors: ReadonlySet<Sector>;
}

export interface Network {
  readonly networkId: string;
  readonly corridor: Corridor;
  readonly exploitation: Exploitation;
  /** When the first victim was recruited (ISO day). */
  readonly recruitedFrom: string;
  readonly recruiter: Member;
  readonly victims: readonly Member[];
}

export type Group =
  | { readonly kind: 'network'; readonly index: number; readonly network: Network }
  | { readonly kind: 'single'; readonly index: number; readonly member: Member; readonly corridor: Corridor };

const MEAN_NETWORK_SIZE = 1 + (VICTIMS_PER_NETWORK.min + VICTIMS_PER_NETWORK.max) / 2;
/** The chance a group is a network, so that networks hold NETWORK_SHARE of people. */
const NETWORK_GROUP_CHANCE = NETWORK_SHARE / (MEAN_NETWORK_SIZE - NETWORK_SHARE * (MEAN_NETWORK_SIZE - 1));

/**
 * The people, group by group (a network, or one person on their own), `people` in all. Each
 * group draws from its own stream, so groups are generated one at a time and never held together.
 */
export function* population(seed: number, people: number, asOf: string): Generator<Group> {
  let made = 0;
  for (let index = 0; made < people; index++) {
    const prng = Prng.for(seed, 'group', index);
    const personId = () => `P${String(++made).padStart(8, '0')}`;
    const origin = prng.pick(ORIGINS);
    const corridor = pickCorridor(prng, origin.country);
    const room = people - made;
    if (room >= 1 + VICTIMS_PER_NETWORK.min && prng.chance(NETWORK_GROUP_CHANCE)) {
      const size = Math.min(prng.int(VICTIMS_PER_NETWORK.min, VICTIMS_PER_NETWORK.max), room - 1);
      const exploitation = prng.weighted(corridor.exploitation);
      // Recruiters are often from the victims' own community; some from the destination.
      const recruiterOrigin = prng.chance(0.7) ? origin : originOf(pickOriginFor(prng, destinationOf(corridor)));
      const recruiter = member(prng, drawIdentity(prng, personId(), recruiterOrigin, asOf, { min: 25, max: 55 }), 'RECRUITER');
      const victimSex = exploitation === 'SexualExploitation' ? 'F' : undefined;
      const victims = Array.from({ length: size }, () =>
        member(prng, drawIdentity(prng, personId(), origin, asOf, { min: 18, max: 38 }, victimSex ?? (prng.chance(0.6) ? 'M' : 'F')), 'VICTIM'),
      );
      const recruitedFrom = addDays(asOf, -prng.int(200, 900));
      yield { kind: 'network', index, network: { networkId: `N${String(index).padStart(7, '0')}`, corridor, exploitation, recruitedFrom, recruiter, victims } };
    } else {
      const identity = drawIdentity(prng, personId(), origin, asOf, { min: 18, max: 70 });
      yield { kind: 'single', index, member: member(prng, identity, 'BACKGROUND'), corridor };
    }
  }
}

function member(prng: Prng, identity: Identity, role: Role): Member {
  const set = prng.weighted(SECTOR_MIX[role]);
  return { identity, role, sectors: new Set(set.split('+') as Sector[]) };
}

/** An origin whose people live at a destination (its own, if the pools have it). */
function pickOriginFor(prng: Prng, country: string): string {
  return ORIGINS.some((origin) => origin.country === country) ? country : prng.pick(ORIGINS).country;
}

/** Everyone in a group. */
export function membersOf(group: Group): readonly Member[] {
  return group.kind === 'network' ? [group.network.recruiter, ...group.network.victims] : [group.member];
}
