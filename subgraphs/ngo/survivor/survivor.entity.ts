import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Sector } from '../../../shared/auth/index.js';

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
    NOT_SPECIFIED_UNKNOWN: { description: 'HTCDS "Not Specified/Unknown".' },
  },
});

@ObjectType({ description: 'A survivor of trafficking supported by an NGO.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'survivor' })
// Unique per owner: two NGOs' source systems may well both have a record "0001".
@Index('survivor_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
export class Survivor {
  @Field(() => ID, { description: 'Opaque id of this record; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Given name(s) as the NGO recorded them, in any script.' })
  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name as the NGO recorded it, in any script.' })
  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender, per HTCDS 2.0.' })
  @Column({ type: 'enum', enum: Gender, enumName: 'htcds_gender', default: Gender.NOT_SPECIFIED_UNKNOWN })
  gender: Gender;

  @Field(() => String, { nullable: true, description: 'Citizenship, ISO 3166-1 alpha-2.' })
  @Column({ type: 'text', nullable: true })
  citizenship: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

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
}
