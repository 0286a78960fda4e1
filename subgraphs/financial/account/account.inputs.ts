import { Field, ID, InputType } from 'type-graphql';
import { AccountHolderInput } from '../account-holder/account-holder.inputs.js';

/*
 * The type, country and dates are strings, checked by the service so that one answer names every
 * invalid field at once. The owning institution comes from the caller's token.
 */
@InputType({ description: 'An account to open: its kind, number, country and holders (existing or new customers).' })
export class OpenAccountInput {
  @Field(() => String, {
    nullable: true,
    description: "The account's id in the institution's own system; opening the same one twice opens it once.",
  })
  sourceRecordId?: string | null;

  @Field(() => String, { description: 'CURRENT, SAVINGS, BUSINESS, PREPAID_CARD, MONEY_SERVICE, CRYPTO_WALLET or OTHER.' })
  type: string;

  @Field(() => String, { nullable: true, description: 'IBAN, printed or electronic form; its check digits are verified.' })
  iban?: string | null;

  @Field(() => String, { nullable: true, description: 'Another account number, for accounts without an IBAN.' })
  localNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Country of the account, ISO 3166-1 alpha-2; taken from the IBAN when omitted." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the account was opened, YYYY-MM-DD.' })
  openedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) after which the account is deleted; omitted while open.' })
  retentionUntil?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Existing customers of your institution who hold the account.' })
  holderIds?: string[] | null;

  @Field(() => [AccountHolderInput], { nullable: true, description: 'New customers who hold the account, opened with it.' })
  holders?: AccountHolderInput[] | null;
}
