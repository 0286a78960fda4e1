import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Sector } from '../../../shared/auth/index.js';
import {
  ForcedLabourIndustry,
  MethodOfControl,
  MethodOfRecruitment,
  RelationshipToTrafficker,
  TraffickingStatus,
  TraffickingStatusDecisionMaker,
  TypeOfExploitation,
  TypeOfSexExploitation,
} from '../htcds/htcds-enums.js';
import { SurvivorAddress, SurvivorAlias } from './survivor-identifiers.js';

/**
 * HTCDS 2.0 `prs_Gender` picklist (Feminine, Masculine, TransgenderFeminine, TransgenderMasculine,
 * NonConforming, NonSpecifiedUnknown), spelt as GraphQL enum values.
 */
export enum Gender {
  FEMININE = 'FEMININE',
  MASCULINE = 'MASCULINE',
  TRANSGENDER_FEMININE = 'TRANSGENDER_FEMININE',
  TRANSGENDER_MASCULINE = 'TRANSGENDER_MASCULINE',
  NON_CONFORMING = 'NON_CONFORMING',
  NOT_SPECIFIED_UNKNOWN = 'NOT_SPECIFIED_UNKNOWN',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: "The individual's gender as the Human Trafficking Case Data Standard (HTCDS 2.0) records it.",
  valuesConfig: {
    FEMININE: { description: 'HTCDS "Feminine".' },
    MASCULINE: { description: 'HTCDS "Masculine".' },
    TRANSGENDER_FEMININE: { description: 'HTCDS "Transgender Feminine".' },
    TRANSGENDER_MASCULINE: { description: 'HTCDS "Transgender Masculine".' },
    NON_CONFORMING: { description: 'HTCDS "Non-Conforming".' },
    NOT_SPECIFIED_UNKNOWN: { description: 'HTCDS "Not Specified/Unknown" (`NonSpecifiedUnknown`).' },
  },
});

/**
 * A survivor an NGO supports, with the HTCDS 2.0 victim fields (`prs_*`, `vic_*`). Identity and
 * contact details are the owning NGO's caseworkers' alone; the other attributes go where she
 * consented (policy.ts). Multi-select picklists are arrays of enum values, never empty strings.
 */
@ObjectType({ description: 'A survivor of trafficking supported by an NGO, recorded per the HTCDS 2.0 victim fields.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'survivor' })
// Unique per owner: two NGOs' source systems may well both have a record "0001".
@Index('survivor_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
export class Survivor {
  @Field(() => ID, { description: 'Opaque id of this record; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Given name(s) as the NGO recorded them, in any script (HTCDS `prs_FirstName`).' })
  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name as the NGO recorded it, in any script (HTCDS `prs_SecondName`).' })
  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Field(() => [SurvivorAlias], { nullable: true, description: 'Other names she is or was known by, each linked on its own.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  aliases: SurvivorAlias[];

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD) (HTCDS `prs_Birthdate`).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Age in years when she was first trafficked (HTCDS `vic_AgeWhenTrafficked`); recorded with or instead of the birth date.',
  })
  @Column({ name: 'age_when_trafficked', type: 'smallint', nullable: true })
  ageWhenTrafficked: number | null;

  @Field(() => Gender, { nullable: true, description: 'Gender, per HTCDS 2.0 `prs_Gender`.' })
  @Column({ type: 'enum', enum: Gender, enumName: 'htcds_gender', default: Gender.NOT_SPECIFIED_UNKNOWN })
  gender: Gender;

  /** HTCDS `prs_Citizenship` is a multi-select; ISO 3166-1 alpha-2, in the order recorded. */
  @Field(() => [String], { nullable: true, description: 'Every citizenship, ISO 3166-1 alpha-2 (HTCDS `prs_Citizenship`, a multi-select).' })
  @Column({ type: 'text', array: true, default: '{}' })
  citizenships: string[];

  @Field(() => [String], { nullable: true, description: 'Phone numbers as recorded (HTCDS `prs_HomePhone`, `prs_MobilePhone`).' })
  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Field(() => [String], { nullable: true, description: 'E-mail addresses as recorded (HTCDS `prs_Email`).' })
  @Column({ type: 'text', array: true, default: '{}' })
  emails: string[];

  @Field(() => [SurvivorAddress], { nullable: true, description: 'Addresses (HTCDS `prs_Mailing*`).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  addresses: SurvivorAddress[];

  @Field(() => [TypeOfExploitation], { nullable: true, description: 'Types of exploitation she suffered (HTCDS `vic_TypeOfExploitation`).' })
  @Column({ name: 'types_of_exploitation', type: 'text', array: true, default: '{}' })
  typesOfExploitation: TypeOfExploitation[];

  @Field(() => [TypeOfSexExploitation], {
    nullable: true,
    description: 'Types of sexual exploitation, where it was sexual exploitation (HTCDS `vic_TypeOfSexExploitation`).',
  })
  @Column({ name: 'types_of_sex_exploitation', type: 'text', array: true, default: '{}' })
  typesOfSexExploitation: TypeOfSexExploitation[];

  @Field(() => [ForcedLabourIndustry], {
    nullable: true,
    description: 'Industries of forced or child labour, ISIC Rev. 4 sections (HTCDS `vic_ForcedLabourIndustry`).',
  })
  @Column({ name: 'forced_labour_industries', type: 'text', array: true, default: '{}' })
  forcedLabourIndustries: ForcedLabourIndustry[];

  @Field(() => [MethodOfControl], { nullable: true, description: 'How the trafficker controlled her (HTCDS `vic_MethodsOfControl`).' })
  @Column({ name: 'methods_of_control', type: 'text', array: true, default: '{}' })
  methodsOfControl: MethodOfControl[];

  @Field(() => [MethodOfRecruitment], { nullable: true, description: 'How she was recruited (HTCDS `vic_MethodOfRecruitment`).' })
  @Column({ name: 'methods_of_recruitment', type: 'text', array: true, default: '{}' })
  methodsOfRecruitment: MethodOfRecruitment[];

  @Field(() => RelationshipToTrafficker, { nullable: true, description: 'Her relationship to the trafficker (HTCDS `vic_RelationshipToTrafficker`).' })
  @Column({ name: 'relationship_to_trafficker', type: 'text', nullable: true })
  relationshipToTrafficker: RelationshipToTrafficker | null;

  @Field(() => TraffickingStatus, { nullable: true, description: 'Whether she was trafficked (HTCDS `vic_TraffickingStatus`).' })
  @Column({ name: 'trafficking_status', type: 'text', nullable: true })
  traffickingStatus: TraffickingStatus | null;

  @Field(() => TraffickingStatusDecisionMaker, {
    nullable: true,
    description: 'Who determined the trafficking status (HTCDS `vic_TraffickingStatusDecisionMakingOrg`).',
  })
  @Column({ name: 'trafficking_status_determined_by', type: 'text', nullable: true })
  traffickingStatusDeterminedBy: TraffickingStatusDecisionMaker | null;

  @Field(() => String, { nullable: true, description: 'The day after which Beacon deletes this record (ISO 8601 date).' })
  @Column({ name: 'retention_until', type: 'date' })
  retentionUntil: string;

  /**
   * The sectors (sorted) the hub was last told may discover this survivor; `null` before the
   * first publication. Never exposed: it lets the consent expiry sweep find lapsed consents that
   * the hub still honours.
   */
  @Column({ name: 'published_discoverable_by', type: 'text', array: true, nullable: true })
  publishedDiscoverableBy: Sector[] | null;

  @Field(() => String, { name: 'owningOrganisation', nullable: true, description: 'The NGO that owns this record.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
