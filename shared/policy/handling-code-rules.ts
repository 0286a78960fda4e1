import { rule } from 'graphql-shield';
import type { Principal } from '../auth/index.js';
import type { RequestContext } from '../subgraph-kit/context.js';
import { describeRuleName } from './describe-rule.js';
import { forbidden, type Rule } from './rules.js';

/**
 * Europol's SIENA handling codes, as Beacon applies them to a law-enforcement record it discloses
 * to an agency other than the one that owns it. In SIENA the provider attaches the code to the
 * information; the recipient must respect it. In Beacon the federation itself is the channel, so
 * every disclosure to another agency is "dissemination beyond the provider":
 *
 * - `H0` — no restriction beyond the purpose: may be used for judicial proceedings. Every other
 *   agency's investigators may see it, for whatever purpose the field's own rule admits.
 * - `H1` — not to be used in judicial proceedings without the provider's permission: intelligence,
 *   not evidence. Other agencies may see it only while investigating (`investigation`); it is never
 *   disclosed for `analysis` or any other purpose, where it could end up in a product nobody asks
 *   the provider about.
 * - `H2` — not to be disseminated further without the provider's permission. Beacon cannot record
 *   that permission yet, so only the owning agency sees the record's content.
 * - `H3` — other restrictions, stated by the owner. Beacon cannot enforce free-text conditions, so
 *   it treats them as at least as strict as H2: only the owning agency.
 *
 * The owning agency always sees its own records. No other sector is ever admitted by a handling
 * code: the codes govern exchange between law-enforcement agencies.
 */
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCodeValue = (typeof HANDLING_CODES)[number];

/** What a handling-code decision reads of a record: its code and its owning agency. */
export interface HandlingCoded {
  readonly handlingCode: string;
  readonly ownerOrg: string;
}

/** Purposes under which an agency other than the owner may see a record, per code. */
const NON_OWNER_PURPOSES: Readonly<Record<HandlingCodeValue, 'any' | readonly string[]>> = {
  H0: 'any',
  H1: ['investigation'],
  H2: [],
  H3: [],
};

export function isHandlingCode(value: unknown): value is HandlingCodeValue {
  return typeof value === 'string' && (HANDLING_CODES as readonly string[]).includes(value);
}

/**
 * Whether the record's handling code lets this caller, declaring this purpose, see it. Fails
 * closed: a record without a known code is the owner's alone.
 */
export function handlingCodePermits(
  record: Partial<HandlingCoded> | null | undefined,
  caller: Pick<Principal, 'org' | 'sector'>,
  purpose: string,
): boolean {
  if (caller.sector !== 'LAW_ENFORCEMENT' || !record || typeof record.ownerOrg !== 'string') return false;
  if (record.ownerOrg === caller.org) return true;
  if (!isHandlingCode(record.handlingCode)) return false;
  const purposes = NON_OWNER_PURPOSES[record.handlingCode];
  return purposes === 'any' || purposes.includes(purpose);
}

/**
 * The record's handling code allows this disclosure (see `HANDLING_CODES`). `strict`: it reads
 * the record (`parent.handlingCode`, `parent.ownerOrg`), so it is cached per record, never per
 * request. It only narrows: combine it with the rule that says who may see the field at all.
 * One message for every code, so a denial does not tell which code the record carries.
 */
export const handlingCodeAllows: Rule = rule('handlingCodeAllows', { cache: 'strict' })(
  (parent: Partial<HandlingCoded> | undefined, _args, ctx: RequestContext) =>
    handlingCodePermits(parent, ctx.principal, ctx.purpose)
      ? true
      : forbidden("The owning agency's handling code does not allow this disclosure; ask the owning agency."),
);

describeRuleName(
  'handlingCodeAllows',
  "the record's handling code allows it: the owning agency always; another agency's investigators for H0, and for H1 only with purpose investigation; H2 and H3 the owning agency only",
);
