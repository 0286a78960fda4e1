import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IdentityDocument } from '../../../shared/linkage/index.js';

@ObjectType({ description: 'A customer of a financial institution who holds an account with it.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'account_holder' })
// Unique per owner: two banks' core systems may well both have a customer "0001".
@Index('account_holder_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
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

  @Field(() => String, { nullable: true, description: 'Date of birth, ISO 8601 (YYYY-MM-DD).' })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: 'Nationality, ISO 3166-1 alpha-2.' })
  @Column({ type: 'text', nullable: true })
  nationality: string | null;

  @Column({ type: 'jsonb', default: '[]' })
  documents: IdentityDocument[];

  @Column({ type: 'text', array: true, default: '{}' })
  phones: string[];

  @Field(() => String, { nullable: true, description: 'The account, as an IBAN in electronic form.' })
  @Column({ name: 'account_number', type: 'text' })
  accountNumber: string;

  @Field(() => String, {
    name: 'owningInstitution',
    nullable: true,
    description: 'The financial institution that owns this record.',
  })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
