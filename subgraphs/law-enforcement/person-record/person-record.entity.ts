import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Case } from '../case/case.entity.js';
import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { PerpetratorRole } from '../taxonomy/perpetrator-role.enum.js';
import {
  PersonNameKind,
  PersonRecordAddress,
  PersonRecordDocument,
  PersonRecordName,
} from './person-record.identifiers.js';

/** Europol's categories of person in a case. A suspect and a victim are never one record. */
export enum PersonCategory {
  SUSPECT = 'SUSPECT',
  VICTIM = 'VICTIM',
  WITNESS = 'WITNESS',
}
registerEnumType(PersonCategory, {
  name: 'PersonCategory',
  description: 'The role a person plays in a case. Records of different categories are linked, never merged.',
  valuesConfig: {
    SUSPECT: { description: 'Suspected of trafficking or of taking part in it.' },
    VICTIM: { description: 'A (presumed) victim of trafficking.' },
    WITNESS: { description: 'A witness in the case.' },
  },
});

/**
 * A person recorded on a case. Its handling code is its case's: the record is read with its case
 * joined (PersonRecordService loads it so), and the policy's `handlingCodeAllows` reads
 * `handlingCode` and `ownerOrg` off this object. Indexes are in the migrations.
 */
@ObjectType({ description: 'A person recorded on a law-enforcement case: suspect, victim or witness.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'person_record' })
export class PersonRecord {
  @Field(() => ID, { description: 'Opaque id of this record; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Field(() => Case, { name: 'case', nullable: true, description: 'The case this person is recorded on.' })
  @ManyToOne(() => Case, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'case_id' })
  case: Case;

  @Field(() => PersonCategory, { nullable: true, description: 'Suspect, victim or witness.' })
  @Column({ type: 'enum', enum: PersonCategory, enumName: 'person_category' })
  category: PersonCategory;

  @Field(() => [PerpetratorRole], { nullable: true, description: "A suspect's roles in the trafficking process (HTCDS v2); empty for victims and witnesses." })
  @Column({ name: 'perpetrator_roles', type: 'enum', enum: PerpetratorRole, enumName: 'perpetrator_role', array: true, default: '{}' })
  perpetratorRoles: PerpetratorRole[];

  @Field(() => [PersonRecordName], { nullable: true, description: 'The recorded name first, then aliases.' })
  @Column({ type: 'jsonb', default: '[]' })
  names: PersonRecordName[];

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => [String], { nullable: true, description: 'Nationalities, ISO 3166-1 alpha-2.' })
  @Column({ type: 'text', array: true, default: '{}' })
  nationalities: string[];

  @Field(() => [PersonRecordDocument], { nullable: true, description: 'Identity documents, with their issuing country.' })
  @Column({ type: 'jsonb', default: '[]' })
  documents: PersonRecordDocument[];

  @Field(() => [String], { nullable: true, description: 'Phone numbers, as recorded.' })
  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Field(() => [String], { nullable: true, description: 'E-mail addresses, as recorded.' })
  @Column({ type: 'text', array: true, default: '{}' })
  emails: string[];

  @Field(() => [PersonRecordAddress], { nullable: true, description: 'Postal addresses, as recorded.' })
  @Column({ type: 'jsonb', default: '[]' })
  addresses: PersonRecordAddress[];

  @Field(() => String, { name: 'owningAgency', nullable: true, description: 'The agency that owns this record.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: "The case this person is recorded on, by the agency's reference." })
  get caseReference(): string | undefined {
    return this.case?.reference;
  }

  @Field(() => HandlingCode, {
    nullable: true,
    description: "The owning agency's SIENA handling code: its case's, governing the whole record, whatever its category.",
  })
  get handlingCode(): HandlingCode | undefined {
    return this.case?.handlingCode;
  }

  @Field(() => String, { nullable: true, description: 'Given name(s) of the recorded (primary) name.' })
  get givenName(): string | null {
    return this.primaryName?.given ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Family name of the recorded (primary) name.' })
  get familyName(): string | null {
    return this.primaryName?.family ?? null;
  }

  private get primaryName(): PersonRecordName | undefined {
    return this.names?.find((name) => name.kind === PersonNameKind.PRIMARY);
  }
}
