import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { CounterpartyKind, TransactionChannel } from './transaction.enums.js';

/**
 * `bigint` comes back from Postgres as a string (it may exceed 2^53); every amount written here
 * was checked to be a safe integer, so the conversion back is exact.
 */
const SAFE_INTEGER: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A movement of money recorded by a financial institution, from and/or to one of its accounts.
 * `fromAccount`, `toAccount`, `amountMinor` and `occurredAt` are resolved in TransactionResolver.
 */
@ObjectType({ description: 'A movement of money on an account of a financial institution.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'account_transaction' })
@Index('account_transaction_owner_source', ['ownerOrg', 'sourceRecordId'], { unique: true })
@Index('account_transaction_from_time', ['fromAccountId', 'occurredAt', 'id'])
@Index('account_transaction_to_time', ['toAccountId', 'occurredAt', 'id'])
@Index('account_transaction_owner_place_time', ['ownerOrg', 'locationCode', 'occurredAt', 'id'])
@Index('account_transaction_owner_place_country_time', ['ownerOrg', 'locationCountry', 'occurredAt', 'id'])
@Index('account_transaction_owner_corridor_time', ['ownerOrg', 'originCountry', 'destinationCountry', 'occurredAt', 'id'])
@Index('account_transaction_retention', ['retentionUntil'])
export class Transaction {
  @Field(() => ID, { description: 'Opaque id of this transaction; meaningless outside Beacon.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_org', type: 'text' })
  ownerOrg: string;

  @Column({ name: 'source_record_id', type: 'text' })
  sourceRecordId: string;

  @Column({ name: 'from_account_id', type: 'uuid', nullable: true })
  fromAccountId: string | null;

  @Column({ name: 'to_account_id', type: 'uuid', nullable: true })
  toAccountId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The institution's opaque reference for the other party, when that side is not one of its accounts.",
  })
  @Column({ name: 'counterparty_reference', type: 'text', nullable: true })
  counterpartyReference: string | null;

  @Field(() => String, { nullable: true, description: "The other party's country, ISO 3166-1 alpha-2." })
  @Column({ name: 'counterparty_country', type: 'text', nullable: true })
  counterpartyCountry: string | null;

  @Field(() => CounterpartyKind, { nullable: true, description: 'What the other party is.' })
  @Column({ name: 'counterparty_kind', type: 'enum', enum: CounterpartyKind, enumName: 'counterparty_kind', nullable: true })
  counterpartyKind: CounterpartyKind | null;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: SAFE_INTEGER })
  amountMinor: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the amount.' })
  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => TransactionChannel, { nullable: true, description: 'How the money moved.' })
  @Column({ type: 'enum', enum: TransactionChannel, enumName: 'transaction_channel' })
  channel: TransactionChannel;

  @Field(() => String, {
    nullable: true,
    description: 'Where it happened (cash, card): a UN/LOCODE place or an ISO 3166 country.',
  })
  @Column({ name: 'location_code', type: 'text', nullable: true })
  locationCode: string | null;

  @Column({ name: 'location_country', type: 'text', nullable: true })
  locationCountry: string | null;

  @Field(() => String, { nullable: true, description: "The institution's own reference of the branch, ATM or agent." })
  @Column({ name: 'branch_reference', type: 'text', nullable: true })
  branchReference: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 20022 purpose code (SALA salary, SUPP supplier…).' })
  @Column({ name: 'purpose_code', type: 'text', nullable: true })
  purposeCode: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 18245 merchant category code of a card payment.' })
  @Column({ name: 'merchant_category_code', type: 'text', nullable: true })
  merchantCategoryCode: string | null;

  @Column({ name: 'origin_country', type: 'text', nullable: true })
  originCountry: string | null;

  @Column({ name: 'destination_country', type: 'text', nullable: true })
  destinationCountry: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) after which the transaction is deleted.' })
  @Column({ name: 'retention_until', type: 'date' })
  retentionUntil: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
