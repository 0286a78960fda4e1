import { Field, ID, InputType } from 'type-graphql';
import type { CaseFields } from './case.validation.js';

/*
 * Enums arrive as strings and dates as ISO text, checked by the service rather than by GraphQL
 * coercion, so that one answer names every invalid field at once. The owning agency is the
 * caller's, from its token: no input has an owner field, and GraphQL refuses one sent anyway.
 */

@InputType({ description: 'A new case, as its investigating agency opens it.' })
export class OpenCaseInput implements CaseFields {
  @Field(() => String, { description: "The agency's own case reference; unique within the agency." })
  reference: string;

  @Field(() => String, { nullable: true, description: 'OPEN (default), SUSPENDED, CLOSED or ARCHIVED.' })
  status?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country whose law the case is investigated under.' })
  jurisdiction: string;

  @Field(() => String, { description: 'When it was opened, YYYY-MM-DD; not in the future.' })
  openedOn: string;

  @Field(() => String, { nullable: true, description: 'When it closed, YYYY-MM-DD; required for CLOSED and ARCHIVED, refused otherwise.' })
  closedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'CaseExploitationType values (or their HTCDS names, e.g. ForcedLabour).' })
  typesOfExploitation?: string[] | null;

  @Field(() => String, { description: 'SIENA handling code H0, H1, H2 or H3: never defaulted, the owner decides.' })
  handlingCode: string;

  @Field(() => String, { description: 'Europol source reliability: A, B, C or X.' })
  sourceReliability: string;

  @Field(() => String, { description: 'Europol information accuracy: an InformationAccuracy name or its grade 1–4.' })
  informationAccuracy: string;

  @Field(() => String, { description: 'The day after which the case and its records are erased, YYYY-MM-DD; not in the past.' })
  retentionUntil: string;
}

@InputType({ description: 'Changes to a case; fields left out stay as they are.' })
export class UpdateCaseInput implements CaseFields {
  @Field(() => ID, { description: "The case: one of the caller's agency's." })
  id: string;

  @Field(() => String, { nullable: true, description: 'A new reference, unique within the agency.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'OPEN, SUSPENDED, CLOSED or ARCHIVED.' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not in the future.' })
  openedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it (when reopening).' })
  closedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the list: CaseExploitationType values.' })
  typesOfExploitation?: string[] | null;

  @Field(() => String, { nullable: true, description: 'H0, H1, H2 or H3; applies to every record on the case.' })
  handlingCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A, B, C or X.' })
  sourceReliability?: string | null;

  @Field(() => String, { nullable: true, description: 'An InformationAccuracy name or its grade 1–4.' })
  informationAccuracy?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not in the past.' })
  retentionUntil?: string | null;
}

@InputType({ description: "Which of the agency's cases to list." })
export class CaseFilter {
  @Field(() => String, { nullable: true, description: 'Only cases with this status.' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases under this jurisdiction (ISO 3166-1 alpha-2).' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases concerning this type of exploitation.' })
  typeOfExploitation?: string | null;
}
