import { Field, ID, ObjectType } from 'type-graphql';
import { RedFlagIndicator } from './red-flag.indicator.js';

/**
 * A red flag raised on an account. Computed on read, never stored: it changes as transactions
 * arrive, and a stored copy would need invalidating on every write. It carries its account's
 * owner (not exposed) so that its fields' rules can check it like the account's own.
 */
@ObjectType({ description: 'A red flag raised by a rule over an account\'s transactions, with the numbers behind it.' })
export class RedFlag {
  @Field(() => RedFlagIndicator, { nullable: true, description: 'Which indicator fired.' })
  indicator: RedFlagIndicator;

  @Field(() => String, { nullable: true, description: 'Why it fired, in plain words, with the numbers that triggered it.' })
  explanation: string;

  @Field(() => [ID], { nullable: true, description: 'The transactions that triggered it, oldest first.' })
  transactionIds: string[];

  accountId: string;
  ownerOrg: string;
}
