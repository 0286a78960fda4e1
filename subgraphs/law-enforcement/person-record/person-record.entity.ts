import { Field, ID, ObjectType, Directive, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HandlingCode } from '../handling-code/handling-code.enum.js';

/** Europol's categories of person in a case. A suspect and a victim are never one record. */
export enum PersonCategory {
  SUSPECT = 'SUSPECT',
  VICTIM = 'VICTIM',
  WITNESS = 'WITNESS',
}
registerEnumType(PersonCategory, {
  name: 'PersonCategory',
  description: 'The role a person plays in a case. Records of different categories are linked, never merged.',
});

/** An identity document as recorded by the investigating agency. */
export interface IdentityDocument {
  readonly type: 'PASSPORT' | 'NATIONAL_ID' | 'RESIDENCE_PERMIT' | 'DRIVING_LICENCE' | 'OTHER';
  readonly issuingCountry: string;
  readonly number: string;
}

@ObjectType({ description: 'A person recorded on a law-enforcement case: suspect, victim or witness.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'person_record' })
@Index('person_record_owner_case', ['ownerOrg', 'caseReference'])
export class PersonRecord {
  @Field(() => ID, { description: 'Opaque id of this record; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'The case this person is recorded on.' })
  @Column({ name: 'case_reference', type: 'text' })
  caseReference: string;

  @Field(() => PersonCategory, { nullable: true, description: 'Suspect, victim or witness.' })
  @Column({ type: 'enum', enum: PersonCategory, enumName: 'person_category' })
  category: PersonCategory;

  @Field(() => String, { nullable: true, description: 'Given name(s) as recorded.' })
  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name as recorded.' })
  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => [String], { nullable: true, description: 'Nationalities, ISO 3166-1 alpha-2.' })
  @Column({ type: 'text', array: true, default: '{}' })
  nationalities: string[];

  @Column({ type: 'jsonb', default: '[]' })
  documents: IdentityDocument[];

  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Field(() => HandlingCode, {
    nullable: true,
    description: "The owning agency's SIENA handling code; it governs the whole record, whatever its category.",
  })
  @Column({ name: 'handling_code', type: 'enum', enum: HandlingCode, enumName: 'handling_code' })
  handlingCode: HandlingCode;

  @Field(() => String, { name: 'owningAgency', nullable: true, description: 'The agency that owns this record.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true, unique: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
