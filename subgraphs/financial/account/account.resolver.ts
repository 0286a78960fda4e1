import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { AccountHolder } from '../account-holder/account-holder.entity.js';
import { RedFlag } from '../red-flag/red-flag.type.js';
import type { RedFlagService } from '../red-flag/red-flag.service.js';
import { TransactionConnection } from '../transaction/transaction.connection.js';
import type { TransactionService } from '../transaction/transaction.service.js';
import { AccountConnection } from './account.connection.js';
import { Account } from './account.entity.js';
import { OpenAccountInput } from './account.inputs.js';
import type { AccountService } from './account.service.js';

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accountService: AccountService,
    private readonly transactionService: TransactionService,
    private readonly redFlagService: RedFlagService,
  ) {}

  @Query(() => Account, { nullable: true, description: "An account of the caller's own institution." })
  account(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<Account | null> {
    return this.accountService.findOwned(context.principal, id);
  }

  @Query(() => AccountConnection, { nullable: true, description: "The caller's institution's accounts, oldest first, a page at a time." })
  accounts(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Arg('type', () => String, { nullable: true, description: 'Only accounts of this type (AccountType).' }) type: string | null,
    @Arg('country', () => String, { nullable: true, description: 'Only accounts held in this country (ISO 3166-1 alpha-2).' })
    country: string | null,
    @Ctx() context: RequestContext,
  ) {
    return this.accountService.pageOwned(context.principal, first, after, { type, country });
  }

  @Mutation(() => Account, {
    nullable: true,
    description: 'Opens an account with its holders: existing customers by id, new ones by their identifiers.',
  })
  openAccount(@Arg('input', () => OpenAccountInput, { description: 'The values to write (see the input type).' }) input: OpenAccountInput, @Ctx() context: RequestContext): Promise<Account> {
    return this.accountService.open(context.principal, input);
  }

  @FieldResolver(() => [AccountHolder], { nullable: 'itemsAndList', description: 'The customers who hold the account.' })
  holders(@Root() account: Account, @Ctx() context: RequestContext): Promise<AccountHolder[]> {
    return context.loaders.get<string, AccountHolder[]>('Account.holders', (ids) => this.accountService.holdersOf(ids)).load(account.id);
  }

  @FieldResolver(() => TransactionConnection, {
    nullable: true,
    description: 'Money in and out of the account, newest first, a page at a time.',
  })
  transactions(
    @Root() account: Account,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Arg('occurredFrom', () => String, { nullable: true, description: 'Only from this instant on (ISO 8601 with a time zone).' })
    occurredFrom: string | null,
    @Arg('occurredBefore', () => String, { nullable: true, description: 'Only before this instant (ISO 8601 with a time zone).' })
    occurredBefore: string | null,
  ) {
    return this.transactionService.pageForAccount(account.id, first, after, { occurredFrom, occurredBefore });
  }

  @FieldResolver(() => [RedFlag], {
    nullable: 'itemsAndList',
    description: "Red flags raised by rules over the account's most recent 5,000 transactions, computed on read.",
  })
  redFlags(@Root() account: Account, @Ctx() context: RequestContext): Promise<RedFlag[]> {
    return context.loaders.get<Account, RedFlag[]>('Account.redFlags', (accounts) => this.redFlagService.forAccounts(accounts)).load(account);
  }
}

/** `AccountHolder.accounts`: lives with the accounts it lists. */
@Resolver(() => AccountHolder)
export class AccountHolderAccountsResolver {
  constructor(private readonly service: AccountService) {}

  @FieldResolver(() => [Account], { nullable: 'itemsAndList', description: "The customer's accounts with the institution, oldest first." })
  accounts(@Root() holder: AccountHolder, @Ctx() context: RequestContext): Promise<Account[]> {
    return accountsOfHolder(this.service, holder, context);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The IBAN of the customer's first account.",
    deprecationReason: 'A customer may hold several accounts: use accounts { iban }.',
  })
  async accountNumber(@Root() holder: AccountHolder, @Ctx() context: RequestContext): Promise<string | null> {
    const accounts = await accountsOfHolder(this.service, holder, context);
    return accounts.find((account) => account.iban !== null)?.iban ?? null;
  }
}

function accountsOfHolder(service: AccountService, holder: AccountHolder, context: RequestContext): Promise<Account[]> {
  return context.loaders.get<string, Account[]>('AccountHolder.accounts', (ids) => service.accountsOf(ids)).load(holder.id);
}
