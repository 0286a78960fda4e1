import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccountType } from './account.enums.js';

/**
 * An account at a financial institution, held by one or more of its customers. `holders`,
 * `transactions` and `redFlags` are resolved by their own resolvers.
 */
@ObjectType({ description: 'An account at a financial institution, held by one or more of its customers.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'account' })
@Index('account_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
@Index('account_owner_iban', ['ownerOrg', 'iban'], { unique: true })
@Index('account_owner_created', ['ownerOrg', 'createdAt', 'id'])
@Index('account_owner_type_created', ['ownerOrg', 'type', 'createdAt', 'id'])
@Index('account_owner_country_created', ['ownerOrg', 'country', 'createdAt', 'id'])
export class Account {
  @Field(() => ID, { description: 'Opaque id of this account; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { name: 'institution', nullable: true, description: 'The financial institution that holds the account.' })
  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Field(() => AccountType, { nullable: true, description: 'The kind of account.' })
  @Column({ type: 'enum', enum: AccountType, enumName: 'account_type' })
  type: AccountType;

  @Field(() => String, { nullable: true, description: 'The IBAN in electronic form, when the account has one.' })
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The institution's own number for an account without an IBAN (domestic number, card, wallet).",
  })
  @Column({ name: 'local_number', type: 'text', nullable: true })
  localNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Country where the account is held, ISO 3166-1 alpha-2.' })
  @Column({ type: 'text' })
  country: string;

  @Field(() => String, { nullable: true, description: 'Date the account was opened, YYYY-MM-DD.' })
  @Column({ name: 'opened_on', type: 'date', nullable: true })
  openedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) after which the account and its transactions are deleted; null while it is open.',
  })
  @Column({ name: 'retention_until', type: 'date', nullable: true })
  retentionUntil: string | null;

  @Column({ name: 'source_record_id', type: 'text', nullable: true })
  sourceRecordId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
