import { Field, ID, InputType } from 'type-graphql';

/*
 * The amount, codes, channel and time are strings, checked by the service so that one answer
 * names every invalid field of every transaction of the batch at once (`transactions[3].currency`).
 * The amount is a string of digits in the currency's minor unit: GraphQL's Int stops at 2^31 − 1
 * (about 21 million euros in cents), and a float would round money.
 */
@InputType({
  description:
    'A transaction to record. One side must be an account of your institution; a side without one is an external counterparty.',
})
export class TransactionInput {
  @Field(() => String, { description: "The transaction's id in your own system; recording it twice records it once." })
  sourceRecordId: string;

  @Field(() => ID, { nullable: true, description: 'The account the money left, if it is one of yours.' })
  fromAccountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account the money reached, if it is one of yours.' })
  toAccountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your opaque reference for the external party (required when a side has no account, except for cash).' })
  counterpartyReference?: string | null;

  @Field(() => String, { nullable: true, description: "The external party's country, ISO 3166-1 alpha-2." })
  counterpartyCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'INDIVIDUAL, BUSINESS, CLASSIFIED_AD_SITE, ESCORT_SERVICE, MONEY_SERVICE_BUSINESS, VIRTUAL_ASSET_SERVICE, GOVERNMENT or UNKNOWN.' })
  counterpartyKind?: string | null;

  @Field(() => String, { description: 'Amount in minor units of the currency, as decimal digits ("125000" is EUR 1,250.00).' })
  amountMinor: string;

  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency: string;

  @Field(() => String, { description: 'When it happened: ISO 8601 date-time with a time zone.' })
  occurredAt: string;

  @Field(() => String, { description: 'WIRE, CASH_DEPOSIT, CASH_WITHDRAWAL, CARD, REMITTANCE, CRYPTO, CHEQUE or INTERNAL.' })
  channel: string;

  @Field(() => String, { nullable: true, description: 'Where it happened: UN/LOCODE (GB LON) or ISO 3166 country.' })
  locationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference of the branch, ATM or agent.' })
  branchReference?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 20022 purpose code, four letters (SALA, SUPP…).' })
  purposeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 18245 merchant category code, four digits.' })
  merchantCategoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) after which it is deleted; default five years after it happened.' })
  retentionUntil?: string | null;
}
