import { Field, InputType } from 'type-graphql';

/*
 * Dates, countries and document types are strings here, checked by the service rather than by
 * GraphQL coercion, so that one answer names every invalid field at once. The owning institution
 * comes from the caller's token: no input has such a field, and GraphQL refuses one that is sent.
 */

@InputType({ description: 'A name: given name(s) and family name.' })
export class HolderNameInput {
  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;
}

@InputType({ description: 'An identity document.' })
export class IdentityDocumentInput {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER.' })
  type: string;

  @Field(() => String, { description: 'Issuing state, ISO 3166-1 alpha-2.' })
  issuingCountry: string;

  @Field(() => String, { description: 'The document number; spaces and dashes are ignored when matching.' })
  number: string;
}

@InputType({ description: 'A postal address; the country is required.' })
export class AddressInput {
  @Field(() => String, { nullable: true, description: 'House or building number.' })
  streetNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Street name.' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Building, estate or unit.' })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true, description: 'Town or city.' })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field(() => String, { description: 'Country, ISO 3166-1 alpha-2.' })
  country: string;
}

@InputType({ description: 'A customer, as the institution identified them. A given or family name is required.' })
export class AccountHolderInput {
  @Field(() => String, {
    nullable: true,
    description: "The customer's id in the institution's own system; opening the same one twice opens it once.",
  })
  sourceRecordId?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;

  @Field(() => [HolderNameInput], { nullable: true, description: 'Other names the customer is known by.' })
  aliases?: HolderNameInput[] | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => [String], { nullable: true, description: 'Nationalities, ISO 3166-1 alpha-2.' })
  nationalities?: string[] | null;

  @Field(() => [IdentityDocumentInput], { nullable: true, description: 'Identity documents seen.' })
  documents?: IdentityDocumentInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers, international form (+44 …).' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  emails?: string[] | null;

  @Field(() => [AddressInput], { nullable: true, description: 'Postal addresses, current first.' })
  addresses?: AddressInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) after which the record is deleted; omitted while the relationship lasts.',
  })
  retentionUntil?: string | null;
}

@InputType({
  description:
    'Changes to a customer: a field left out stays as it is, a field set to null is cleared, a list replaces the old list.',
})
export class UpdateAccountHolderInput {
  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;

  @Field(() => [HolderNameInput], { nullable: true, description: 'Other names the customer is known by.' })
  aliases?: HolderNameInput[] | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => [String], { nullable: true, description: 'Nationalities, ISO 3166-1 alpha-2.' })
  nationalities?: string[] | null;

  @Field(() => [IdentityDocumentInput], { nullable: true, description: 'Identity documents seen.' })
  documents?: IdentityDocumentInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers, international form.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  emails?: string[] | null;

  @Field(() => [AddressInput], { nullable: true, description: 'Postal addresses, current first.' })
  addresses?: AddressInput[] | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) after which the record is deleted.' })
  retentionUntil?: string | null;
}
