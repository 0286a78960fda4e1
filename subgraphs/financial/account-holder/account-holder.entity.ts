import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IdentityDocument } from '../../../shared/linkage/index.js';
import { HolderAddress, HolderDocument, HolderName } from './account-holder.identifiers.js';

/**
 * A customer as the bank's customer due diligence recorded them. The identifiers stay here; the
 * hub only ever receives keyed encodings of them. Fields resolved elsewhere: `nationality`,
 * `accountNumber` (AccountHolderResolver), `accounts` (AccountHoldingsResolver),
 * `suspiciousActivityReports` (AccountHolderReportsResolver).
 */
@ObjectType({ description: 'A customer of a financial institution who holds one or more accounts with it.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'account_holder' })
// Unique per owner: two banks' core systems may well both have a customer "0001".
@Index('account_holder_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
@Index('account_holder_owner_created', ['ownerOrg', 'createdAt', 'id'])
export class AccountHolder {
  @Field(() => ID, { description: 'Opaque id of this record; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Given name(s) as the institution recorded them.' })
  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name as the institution recorded it.' })
  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Field(() => [HolderName], { nullable: true, description: 'Other names the customer is known by (maiden name, transliterations).' })
  @Column({ type: 'jsonb', default: '[]' })
  aliases: HolderName[];

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => [String], { nullable: true, description: 'Nationalities, ISO 3166-1 alpha-2, as the customer declared them.' })
  @Column({ type: 'text', array: true, default: '{}' })
  nationalities: string[];

  @Field(() => [HolderDocument], { nullable: true, description: 'Identity documents seen at onboarding.' })
  @Column({ type: 'jsonb', default: '[]' })
  documents: IdentityDocument[];

  @Field(() => [String], { nullable: true, description: 'Phone numbers as the institution recorded them.' })
  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Field(() => [String], { nullable: true, description: 'E-mail addresses as the institution recorded them.' })
  @Column({ type: 'text', array: true, default: '{}' })
  emails: string[];

  @Field(() => [HolderAddress], { nullable: true, description: 'Postal addresses, current first.' })
  @Column({ type: 'jsonb', default: '[]' })
  addresses: HolderAddress[];

  @Field(() => String, {
    name: 'owningInstitution',
    nullable: true,
    description: 'The financial institution that owns this record.',
  })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) after which the record is deleted; null while the customer relationship lasts.',
  })
  @Column({ name: 'retention_until', type: 'date', nullable: true })
  retentionUntil: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
