import { Field, InputType, ObjectType } from 'type-graphql';

/** Another name a survivor is or was known by (stored in her record's `aliases`). */
@ObjectType({ description: 'Another name a survivor is or was known by.' })
@InputType('SurvivorAliasInput', { description: 'Another name a survivor is or was known by; at least one part.' })
export class SurvivorAlias {
  @Field(() => String, { nullable: true, description: 'Given name(s), in any script.' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, in any script.' })
  familyName?: string | null;
}

/** A postal address, per HTCDS `prs_Mailing*` (stored in her record's `addresses`). */
@ObjectType({ description: 'A postal address of a survivor (HTCDS `prs_MailingStreet`, `…City`, `…State`, `…PostalCode`, `…Country`).' })
@InputType('SurvivorAddressInput', { description: 'A postal address; at least one part, and the country as ISO 3166-1 alpha-2.' })
export class SurvivorAddress {
  @Field(() => String, { nullable: true, description: 'Street and number (HTCDS `prs_MailingStreet`).' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'City (HTCDS `prs_MailingCity`).' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'State or province (HTCDS `prs_MailingState`).' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (HTCDS `prs_MailingPostalCode`).' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Country, ISO 3166-1 alpha-2 (HTCDS `prs_MailingCountry`).' })
  country?: string | null;
}
