import { Arg, Ctx, Directive, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { DocumentType, LinkageIdentifiers } from '../linkage/index.js';
import type { RequestContext } from '../subgraph-kit/index.js';
import type { LinkageLookup } from './linkage-lookup.js';

/*
 * One mechanism for the three sectors: each sector subgraph mounts `linkageLookupResolver` under
 * its own query name (a root field answered by one subgraph only, so the gateway routes the
 * caller to its own sector), with these shared input and result types. The result is a value
 * type every sector returns alike, hence @shareable.
 */

@InputType({ description: 'A name to look up.' })
export class LinkageLookupNameInput {
  @Field(() => String, { nullable: true, description: 'Given name(s), in any script.' })
  given?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, in any script.' })
  family?: string | null;
}

@InputType({ description: 'An identity document to look up.' })
export class LinkageLookupDocumentInput {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER.' })
  type: string;

  @Field(() => String, { description: 'ISO 3166 code of the issuing state.' })
  issuingCountry: string;

  @Field(() => String, { description: 'The document number as written.' })
  number: string;
}

@InputType({ description: 'An address to look up.' })
export class LinkageLookupAddressInput {
  @Field(() => String, { nullable: true, description: 'House or building number.' })
  streetNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Street name with its type.' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Town, suburb or city.' })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Country name or ISO 3166 alpha-2 code.' })
  country?: string | null;
}

@InputType({ description: "Identifiers of someone the caller is looking for. They stay in the caller's own sector subgraph, which derives keyed encodings and asks the hub." })
export class LinkageLookupInput {
  @Field(() => [LinkageLookupNameInput], { nullable: true, description: 'Names and aliases.' })
  names?: LinkageLookupNameInput[] | null;

  @Field(() => String, { nullable: true, description: 'Date of birth (ISO 8601 or another unambiguous layout).' })
  dateOfBirth?: string | null;

  @Field(() => [LinkageLookupDocumentInput], { nullable: true, description: 'Identity documents.' })
  documents?: LinkageLookupDocumentInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers, international or national.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses.' })
  emails?: string[] | null;

  @Field(() => LinkageLookupAddressInput, { nullable: true, description: 'An address.' })
  address?: LinkageLookupAddressInput | null;
}

@ObjectType({ description: 'A hit/no-hit answer from the linkage hub: whether a match exists, and in which sectors the caller may know of one. No record, no person id, no count.' })
@Directive('@shareable')
export class LinkageLookupResult {
  @Field(() => Boolean, { description: 'True when the hub holds a matching record the caller may know of.' })
  matched: boolean;

  @Field(() => [String], { description: 'Sectors (LAW_ENFORCEMENT, NGO, FINANCIAL, HUB) holding such a record.' })
  sectors: string[];
}

/** The sector's own resolver class for `queryName`; register it with the `LinkageLookup` it should call. */
export function linkageLookupResolver(queryName: string, sectorLabel: string) {
  @Resolver()
  class LinkageLookupResolver {
    constructor(private readonly lookup: LinkageLookup) {}

    @Query(() => LinkageLookupResult, {
      name: queryName,
      nullable: true,
      description: `Hit/no-hit: does the hub know this person, and in which sectors may ${sectorLabel} know of a record? The identifiers stay in this subgraph; only keyed encodings reach the hub.`,
    })
    async lookupPerson(
      @Arg('identifiers', () => LinkageLookupInput, { description: 'The keyed identifiers to look up.' }) identifiers: LinkageLookupInput,
      @Ctx() context: RequestContext,
    ): Promise<LinkageLookupResult> {
      const answer = await this.lookup.lookup(context.principal, toIdentifiers(identifiers));
      return { matched: answer.matched, sectors: [...answer.sectors] };
    }
  }
  return LinkageLookupResolver;
}

function toIdentifiers(input: LinkageLookupInput): LinkageIdentifiers {
  const text = (value: string | null | undefined) => (value === null || value === undefined ? undefined : value);
  const address = input.address;
  return {
    names: (input.names ?? []).map((name) => ({ given: text(name.given), family: text(name.family) })),
    dateOfBirth: text(input.dateOfBirth),
    documents: (input.documents ?? []).map((document) => ({ ...document, type: document.type as DocumentType })),
    phones: input.phones ?? [],
    emails: input.emails ?? [],
    ...(address
      ? {
          address: {
            streetNumber: text(address.streetNumber),
            street: text(address.street),
            locality: text(address.locality),
            postcode: text(address.postcode),
            region: text(address.region),
            country: text(address.country),
          },
        }
      : {}),
  };
}
