import { Field, ObjectType } from 'type-graphql';

/*
 * The parts of a customer's identity that come as lists of small objects. They are stored as
 * JSON on the holder and carry no owner of their own: only `AccountHolder`'s fields reach them,
 * and those fields' rules decide who sees them (policy.ts).
 */

@ObjectType({ description: 'A name: given name(s) and family name, as recorded.' })
export class HolderName {
  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string | null;
}

@ObjectType({ description: 'An identity document: its kind, the issuing state and its number.' })
export class HolderDocument {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER.' })
  type: string;

  @Field(() => String, { description: 'Issuing state, ISO 3166-1 alpha-2.' })
  issuingCountry: string;

  @Field(() => String, { description: 'The document number as recorded.' })
  number: string;
}

@ObjectType({ description: 'A postal address as recorded; every part optional but the country.' })
export class HolderAddress {
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
