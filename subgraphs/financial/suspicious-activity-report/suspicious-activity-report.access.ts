import type { RequestContext } from '../../../shared/subgraph-kit/index.js';

/**
 * Who may learn that suspicious-activity reports exist, and which ones:
 * - `filer`: the filing institution's compliance officers and FIU liaison (`compliance-officer`,
 *   `fiu`), declaring `aml-compliance` — their own institution's reports only;
 * - `investigator`: law-enforcement investigators declaring `investigation` with a justification —
 *   any institution's reports (FATF R.29–31: SARs exist to reach them);
 * - `none`: everyone else, who must not be able to tell a report from no report.
 *
 * policy.ts states the same condition with the policy vocabulary (`mayLearnOfReports`); it guards
 * `Query.suspiciousActivityReport` and `AccountHolder.suspiciousActivityReports` before their
 * resolvers run. This scope is the second gate, and the only one on `_entities`, whose rule is
 * shared by every entity type. Should the two ever disagree, the stricter one wins.
 */
export type ReportAccess =
  | { readonly kind: 'none' }
  | { readonly kind: 'filer'; readonly org: string }
  | { readonly kind: 'investigator' };

export const NO_REPORT_ACCESS: ReportAccess = Object.freeze({ kind: 'none' });

/** Roles of a financial institution that file and follow up suspicious-activity reports. */
export const REPORT_FILER_ROLES: readonly string[] = ['compliance-officer', 'fiu'];

/** As `justifiedIfLawEnforcement` (shared/policy) requires of a police consultation. */
const MIN_JUSTIFICATION_LENGTH = 3;

export function reportAccessOf(request: Pick<RequestContext, 'principal' | 'purpose' | 'justification'>): ReportAccess {
  const { principal, purpose, justification } = request;
  if (
    principal.sector === 'LAW_ENFORCEMENT' &&
    principal.roles.includes('investigator') &&
    purpose === 'investigation' &&
    (justification?.length ?? 0) >= MIN_JUSTIFICATION_LENGTH
  ) {
    return { kind: 'investigator' };
  }
  if (
    principal.sector === 'FINANCIAL' &&
    principal.roles.some((role) => REPORT_FILER_ROLES.includes(role)) &&
    purpose === 'aml-compliance'
  ) {
    return { kind: 'filer', org: principal.org };
  }
  return NO_REPORT_ACCESS;
}
