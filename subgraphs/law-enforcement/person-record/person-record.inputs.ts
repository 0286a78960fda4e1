import { Field, ID, InputType } from 'type-graphql';
import type { RecordPersonRequest } from './person-record.service.js';
import type { PersonRecordFields } from './person-record.validation.js';

/*
 * Enums arrive as strings and dates as ISO text, checked by the service so that one answer names
 * every invalid field. The owning agency is the caller's: no input has an owner field.
 */

@InputType({ description: 'A name a person is recorded under or known by.' })
export class PersonRecordNameInput {
  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  given?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  family?: string | null;

  @Field(() => String, { nullable: true, description: 'PRIMARY or ALIAS; by default the first name is PRIMARY and the rest are aliases.' })
  kind?: string | null;
}

@InputType({ description: 'An identity document.' })
export class PersonRecordDocumentInput {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER.' })
  type: string;

  @Field(() => String, { description: 'The issuing state, ISO 3166-1 alpha-2.' })
  issuingCountry: string;

  @Field(() => String, { description: 'The number as written on the document.' })
  number: string;
}

@InputType({ description: 'A postal address: a country and at least a street, a locality or a postcode.' })
export class PersonRecordAddressInput {
  @Field(() => String, { nullable: true, description: 'House or building number.' })
  streetNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Street name.' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Town, suburb or city.' })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  country: string;
}

@InputType({ description: 'A person to record on a case.' })
export class RecordPersonInput implements RecordPersonRequest {
  @Field(() => ID, { description: "The case: one of the caller's agency's." })
  caseId: string;

  @Field(() => String, { nullable: true, description: "The source system's id; recording the same id again returns the first record." })
  sourceRecordId?: string | null;

  @Field(() => String, { description: 'SUSPECT, VICTIM or WITNESS.' })
  category: string;

  @Field(() => [String], { nullable: true, description: 'For suspects only: PerpetratorRole values (or their HTCDS names).' })
  perpetratorRoles?: string[] | null;

  @Field(() => [PersonRecordNameInput], { description: 'The recorded name and any aliases; exactly one PRIMARY.' })
  names: PersonRecordNameInput[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not in the future.' })
  dateOfBirth?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  nationalities?: string[] | null;

  @Field(() => [PersonRecordDocumentInput], { nullable: true, description: 'Identity documents.' })
  documents?: PersonRecordDocumentInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers in international form (+…).' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  emails?: string[] | null;

  @Field(() => [PersonRecordAddressInput], { nullable: true, description: 'Postal addresses.' })
  addresses?: PersonRecordAddressInput[] | null;
}

@InputType({ description: 'Changes to a person record; fields left out stay as they are, lists given replace the stored ones.' })
export class UpdatePersonRecordInput implements PersonRecordFields {
  @Field(() => ID, { description: "The record: one of the caller's agency's." })
  id: string;

  @Field(() => String, { nullable: true, description: 'SUSPECT, VICTIM or WITNESS.' })
  category?: string | null;

  @Field(() => [String], { nullable: true, description: 'For suspects only: PerpetratorRole values.' })
  perpetratorRoles?: string[] | null;

  @Field(() => [PersonRecordNameInput], { nullable: true, description: 'Replaces the names; exactly one PRIMARY.' })
  names?: PersonRecordNameInput[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not in the future.' })
  dateOfBirth?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  nationalities?: string[] | null;

  @Field(() => [PersonRecordDocumentInput], { nullable: true, description: 'Replaces the documents.' })
  documents?: PersonRecordDocumentInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the phone numbers.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the e-mail addresses.' })
  emails?: string[] | null;

  @Field(() => [PersonRecordAddressInput], { nullable: true, description: 'Replaces the addresses.' })
  addresses?: PersonRecordAddressInput[] | null;
}

@InputType({ description: "Which of the agency's person records to list." })
export class PersonRecordFilter {
  @Field(() => String, { nullable: true, description: 'Only this category: SUSPECT, VICTIM or WITNESS.' })
  category?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records on this case.' })
  caseId?: string | null;
}
