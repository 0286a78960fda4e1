import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Account } from '../account/account.entity.js';
import type { accountReference } from '../account/account.reference.js';
import { Transaction } from './transaction.entity.js';
import { TransactionInput } from './transaction.inputs.js';
import type { TransactionService } from './transaction.service.js';

@Resolver(() => Transaction)
export class TransactionResolver {
  constructor(
    private readonly service: TransactionService,
    private readonly accountById: ReturnType<typeof accountReference>,
  ) {}

  @Mutation(() => [Transaction], {
    nullable: 'itemsAndList',
    description:
      'Records a batch of transactions (at most 1,000), all or nothing; each bad field is named, e.g. transactions[3].amountMinor. Recording one twice records it once.',
  })
  recordTransactions(
    @Arg('transactions', () => [TransactionInput], { description: 'The transactions to record.' }) transactions: TransactionInput[],
    @Ctx() context: RequestContext,
  ): Promise<Transaction[]> {
    return this.service.record(context.principal, transactions);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the money left; null for an external sender or cash.' })
  fromAccount(@Root() transaction: Transaction, @Ctx() context: RequestContext): Promise<Account | null> | null {
    return transaction.fromAccountId ? this.accountById({ id: transaction.fromAccountId }, context) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the money reached; null for an external recipient or cash.' })
  toAccount(@Root() transaction: Transaction, @Ctx() context: RequestContext): Promise<Account | null> | null {
    return transaction.toAccountId ? this.accountById({ id: transaction.toAccountId }, context) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Amount in minor units of the currency, as decimal digits ("125000" is EUR 1,250.00): exact, never a float.',
  })
  amountMinor(@Root() transaction: Transaction): string {
    return String(transaction.amountMinor);
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it happened, ISO 8601 in UTC.' })
  occurredAt(@Root() transaction: Transaction): string {
    return transaction.occurredAt.toISOString();
  }
}
