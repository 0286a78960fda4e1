import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { CaseExploitationType } from '../taxonomy/exploitation-type.enum.js';
import { InputProblems } from '../validation/invalid-fields.js';
import { CaseStatus, CLOSED_STATUSES, InformationAccuracy, SourceReliability } from './case.enums.js';

/** A case as a caller writes it: enums as strings (GraphQL names or stored values), dates ISO. */
export interface CaseFields {
  readonly reference?: string | null;
  readonly status?: string | null;
  readonly jurisdiction?: string | null;
  readonly openedOn?: string | null;
  readonly closedOn?: string | null;
  readonly typesOfExploitation?: readonly string[] | null;
  readonly handlingCode?: string | null;
  readonly sourceReliability?: string | null;
  readonly informationAccuracy?: string | null;
  readonly retentionUntil?: string | null;
}

/** A case that passed validation, ready to store. */
export interface ValidCase {
  readonly reference: string;
  readonly status: CaseStatus;
  readonly jurisdiction: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly typesOfExploitation: CaseExploitationType[];
  readonly handlingCode: HandlingCode;
  readonly sourceReliability: SourceReliability;
  readonly informationAccuracy: InformationAccuracy;
  readonly retentionUntil: string;
}

/** Agency references: letters, digits and `-`, `/`, `.`, as case-management systems print them. */
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9./-]{2,63}$/;

/**
 * Checks a whole case (a new one, or an existing one with an update applied) and names every bad
 * field at once. `today` (UTC, YYYY-MM-DD) is the clock for "not in the future".
 */
export function validateCase(fields: CaseFields, today: string, problems = new InputProblems()): ValidCase | undefined {
  const reference = fields.reference?.trim();
  if (problems.required('reference', reference) && !REFERENCE.test(reference as string)) {
    problems.add('reference', 'letters, digits, ".", "/" and "-" only, 3 to 64 characters');
  }
  const status = fields.status === undefined || fields.status === null ? CaseStatus.OPEN : problems.enumValue('status', CaseStatus, fields.status);
  const jurisdiction = problems.required('jurisdiction', fields.jurisdiction) ? problems.country('jurisdiction', fields.jurisdiction as string) : undefined;
  const openedOn = problems.required('openedOn', fields.openedOn) ? problems.date('openedOn', fields.openedOn, { notFuture: true, today }) : undefined;
  const closedOn = problems.date('closedOn', fields.closedOn, { notFuture: true, today });
  if (closedOn && openedOn && closedOn < openedOn) problems.add('closedOn', 'before openedOn');
  if (status && CLOSED_STATUSES.has(status) && !fields.closedOn) problems.add('closedOn', `required when the status is ${status}`);
  if (status && !CLOSED_STATUSES.has(status) && fields.closedOn) problems.add('closedOn', `must be empty while the status is ${status}`);
  const typesOfExploitation = problems.enumList('typesOfExploitation', CaseExploitationType, fields.typesOfExploitation ?? []);
  const handlingCode = problems.required('handlingCode', fields.handlingCode) ? problems.enumValue('handlingCode', HandlingCode, fields.handlingCode) : undefined;
  const sourceReliability = problems.required('sourceReliability', fields.sourceReliability)
    ? problems.enumValue('sourceReliability', SourceReliability, fields.sourceReliability)
    : undefined;
  const informationAccuracy = problems.required('informationAccuracy', fields.informationAccuracy)
    ? problems.enumValue('informationAccuracy', InformationAccuracy, fields.informationAccuracy)
    : undefined;
  const retentionUntil = problems.required('retentionUntil', fields.retentionUntil) ? problems.date('retentionUntil', fields.retentionUntil, { today }) : undefined;
  // A retention date already past would have the record erased by the next retention run.
  if (retentionUntil && retentionUntil < today) problems.add('retentionUntil', 'in the past');
  if (retentionUntil && openedOn && retentionUntil < openedOn) problems.add('retentionUntil', 'before openedOn');

  problems.throwIfAny('case');
  return {
    reference: reference as string,
    status: status as CaseStatus,
    jurisdiction: jurisdiction as string,
    openedOn: openedOn as string,
    closedOn: closedOn ?? null,
    typesOfExploitation: typesOfExploitation as CaseExploitationType[],
    handlingCode: handlingCode as HandlingCode,
    sourceReliability: sourceReliability as SourceReliability,
    informationAccuracy: informationAccuracy as InformationAccuracy,
    retentionUntil: retentionUntil as string,
  };
}
