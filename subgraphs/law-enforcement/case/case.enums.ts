import { registerEnumType } from 'type-graphql';

/** Where a case stands. CLOSED and ARCHIVED cases carry the date they closed; the others do not. */
export enum CaseStatus {
  OPEN = 'OPEN',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a law-enforcement case stands.',
  valuesConfig: {
    OPEN: { description: 'Under investigation.' },
    SUSPENDED: { description: 'Investigation paused (e.g. awaiting another agency); not closed.' },
    CLOSED: { description: 'Investigation ended; `closedOn` says when.' },
    ARCHIVED: { description: 'Closed and kept only until its retention date.' },
  },
});

/** Statuses that mean the case has closed, and so must say when. */
export const CLOSED_STATUSES: ReadonlySet<CaseStatus> = new Set([CaseStatus.CLOSED, CaseStatus.ARCHIVED]);

/** Europol 4×4 source grading: how reliable the source of the information is. */
export enum SourceReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  X = 'X',
}
registerEnumType(SourceReliability, {
  name: 'SourceReliability',
  description: 'Europol 4×4 evaluation: the reliability of the source.',
  valuesConfig: {
    A: { description: 'No doubt about authenticity, trustworthiness and competence, or a history of complete reliability.' },
    B: { description: 'A source from whom information received has in most instances proved to be reliable.' },
    C: { description: 'A source from whom information received has in most instances proved to be unreliable.' },
    X: { description: 'The reliability of the source cannot be assessed.' },
  },
});

/**
 * Europol 4×4 information grading. GraphQL names cannot start with a digit, so the grades 1–4
 * are named after their meaning; the stored value is the grade itself.
 */
export enum InformationAccuracy {
  KNOWN_WITHOUT_RESERVATION = '1',
  KNOWN_TO_SOURCE = '2',
  CORROBORATED = '3',
  CANNOT_BE_JUDGED = '4',
}
registerEnumType(InformationAccuracy, {
  name: 'InformationAccuracy',
  description: 'Europol 4×4 evaluation: the accuracy of the information (grades 1–4).',
  valuesConfig: {
    KNOWN_WITHOUT_RESERVATION: { description: 'Grade 1: information whose accuracy is not in doubt.' },
    KNOWN_TO_SOURCE: { description: 'Grade 2: known personally to the source but not to the official passing it on.' },
    CORROBORATED: { description: 'Grade 3: not known personally to the source but corroborated by information already recorded.' },
    CANNOT_BE_JUDGED: { description: 'Grade 4: not known personally to the source and cannot be corroborated.' },
  },
});
