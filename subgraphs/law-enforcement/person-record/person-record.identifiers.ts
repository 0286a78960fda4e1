import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Whether a name is the one the person is recorded under or another they use. */
export enum PersonNameKind {
  PRIMARY = 'PRIMARY',
  ALIAS = 'ALIAS',
}
registerEnumType(PersonNameKind, {
  name: 'PersonNameKind',
  description: 'Whether a name is the one a person is recorded under (exactly one per record) or an alias.',
  valuesConfig: {
    PRIMARY: { description: 'The name the person is recorded under.' },
    ALIAS: { description: 'Another name the person uses or is known by.' },
  },
});

/** Kinds of identity document; the same list linkage normalises (shared/linkage `DOCUMENT_TYPES`). */
export enum PersonRecordDocumentType {
  PASSPORT = 'PASSPORT',
  NATIONAL_ID = 'NATIONAL_ID',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  OTHER = 'OTHER',
}
registerEnumType(PersonRecordDocumentType, {
  name: 'PersonRecordDocumentType',
  description: 'The kind of an identity document recorded on a person record.',
  valuesConfig: {
    PASSPORT: { description: 'A passport.' },
    NATIONAL_ID: { description: 'A national identity card.' },
    RESIDENCE_PERMIT: { description: 'A residence or work permit.' },
    DRIVING_LICENCE: { description: "A driving licence." },
    OTHER: { description: 'Another identity document.' },
  },
});

/*
 * The identifier types are named after PersonRecord: other sectors hold names, documents and
 * addresses too, and GraphQL value types of one name would have to agree across subgraphs.
 */

@ObjectType({ description: 'A name a person on a case is recorded under or known by.' })
export class PersonRecordName {
  @Field(() => String, { nullable: true, description: 'Given name(s), as recorded.' })
  given: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, as recorded.' })
  family: string | null;

  @Field(() => PersonNameKind, { description: 'PRIMARY for the recorded name, ALIAS for another name used.' })
  kind: PersonNameKind;
}

@ObjectType({ description: 'An identity document seen or recorded by the investigating agency.' })
export class PersonRecordDocument {
  @Field(() => PersonRecordDocumentType, { description: 'The kind of document.' })
  type: PersonRecordDocumentType;

  @Field(() => String, { description: 'The issuing state, ISO 3166-1 alpha-2.' })
  issuingCountry: string;

  @Field(() => String, { description: 'The document number, as written on it.' })
  number: string;
}

@ObjectType({ description: 'A postal address a person lives or was last known to live at.' })
export class PersonRecordAddress {
  @Field(() => String, { nullable: true, description: 'House or building number.' })
  streetNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Street name.' })
  street: string | null;

  @Field(() => String, { nullable: true, description: 'Town, suburb or city.' })
  locality: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region: string | null;

  @Field(() => String, { description: 'Country, ISO 3166-1 alpha-2.' })
  country: string;
}
