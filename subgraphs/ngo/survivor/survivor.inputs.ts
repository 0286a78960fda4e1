import { Field, InputType, Int } from 'type-graphql';
import { SurvivorAddress, SurvivorAlias } from './survivor-identifiers.js';
import type { RegisterSurvivorRequest } from './survivor.service.js';
import type { SurvivorFieldsInput } from './survivor.validation.js';

const HTCDS = 'Beacon enum value or HTCDS value name';

/**
 * A survivor's fields as a caseworker writes them. Picklists are strings, checked by the service
 * rather than by GraphQL coercion, so that one answer names every invalid field at once. Who
 * owns the record and who recorded it come from the caller's token: there is no such field, and
 * GraphQL validation refuses a request that sends one.
 *
 * Decorated so the two inputs inherit its fields (type-graphql has no abstract input types);
 * no argument uses it, so it never appears in the schema.
 */
@InputType('SurvivorFieldsInput', { description: 'The fields of a survivor record a caseworker writes.' })
abstract class SurvivorFields implements SurvivorFieldsInput {
  @Field(() => String, { nullable: true, description: 'Given name(s), in any script (HTCDS `prs_FirstName`).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, in any script (HTCDS `prs_SecondName`).' })
  familyName?: string | null;

  @Field(() => [SurvivorAlias], { nullable: true, description: 'Other names she is or was known by; replaces the list.' })
  aliases?: SurvivorAlias[] | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 YYYY-MM-DD; not in the future.' })
  dateOfBirth?: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years when first trafficked, 0–120; not above her age by dateOfBirth.' })
  ageWhenTrafficked?: number | null;

  @Field(() => String, { nullable: true, description: `Gender (HTCDS \`prs_Gender\`): ${HTCDS}, e.g. FEMININE.` })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: 'One citizenship, ISO 3166-1 alpha-2; replaces citizenships.' })
  citizenship?: string | null;

  @Field(() => [String], { nullable: true, description: 'Every citizenship, ISO 3166-1 alpha-2; replaces the list.' })
  citizenships?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers, international form (E.164); replaces the list.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses; replaces the list.' })
  emails?: string[] | null;

  @Field(() => [SurvivorAddress], { nullable: true, description: 'Postal addresses; replaces the list.' })
  addresses?: SurvivorAddress[] | null;

  @Field(() => [String], { nullable: true, description: `Types of exploitation (HTCDS \`vic_TypeOfExploitation\`): ${HTCDS}.` })
  typesOfExploitation?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Types of sexual exploitation (HTCDS \`vic_TypeOfSexExploitation\`), only with SEXUAL_EXPLOITATION: ${HTCDS}.`,
  })
  typesOfSexExploitation?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Industries of forced labour (HTCDS \`vic_ForcedLabourIndustry\`), only with FORCED_LABOUR or CHILD_LABOUR: ${HTCDS}, or the ISIC section letter.`,
  })
  forcedLabourIndustries?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Methods of control (HTCDS \`vic_MethodsOfControl\`): ${HTCDS}.` })
  methodsOfControl?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Methods of recruitment (HTCDS \`vic_MethodOfRecruitment\`): ${HTCDS}.` })
  methodsOfRecruitment?: string[] | null;

  @Field(() => String, { nullable: true, description: `Relationship to the trafficker (HTCDS \`vic_RelationshipToTrafficker\`): ${HTCDS}.` })
  relationshipToTrafficker?: string | null;

  @Field(() => String, { nullable: true, description: `Trafficking status (HTCDS \`vic_TraffickingStatus\`): ${HTCDS}.` })
  traffickingStatus?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Who determined the trafficking status (HTCDS \`vic_TraffickingStatusDecisionMakingOrg\`), only with a status: ${HTCDS}.`,
  })
  traffickingStatusDeterminedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Delete the record after this date (ISO 8601, in the future). Default: 5 years after registration.' })
  retentionUntil?: string | null;
}

@InputType({ description: 'A survivor an NGO starts to support: a given or family name at least, and any HTCDS victim fields known.' })
export class RegisterSurvivorInput extends SurvivorFields implements RegisterSurvivorRequest {
  @Field(() => String, {
    nullable: true,
    description: "The NGO's own case-management id: registering it again returns the first record and changes nothing.",
  })
  sourceRecordId?: string | null;
}

@InputType({ description: "Changes to a survivor's record: omitted fields stay as they are, null clears one, a list replaces the list." })
export class UpdateSurvivorInput extends SurvivorFields {}
