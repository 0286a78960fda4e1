import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { AccountHolderConnection, AccountHolderErasureReceipt } from './account-holder.connection.js';
import { AccountHolder } from './account-holder.entity.js';
import { UpdateAccountHolderInput } from './account-holder.inputs.js';
import type { AccountHolderService } from './account-holder.service.js';

@Resolver(() => AccountHolder)
export class AccountHolderResolver {
  constructor(private readonly service: AccountHolderService) {}

  @Query(() => AccountHolder, { nullable: true, description: "An account holder of the caller's own institution." })
  accountHolder(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<AccountHolder | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => [AccountHolder], {
    description: "The caller's institution's account holders, oldest first (at most 100).",
    deprecationReason: 'Use accountHolderConnection, which pages with a cursor.',
  })
  accountHolders(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size (at most 100).' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<AccountHolder[]> {
    return this.service.listOwned(context.principal, first);
  }

  @Query(() => AccountHolderConnection, {
    nullable: true,
    description: "The caller's institution's account holders, oldest first, a page at a time.",
  })
  accountHolderConnection(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() context: RequestContext,
  ) {
    return this.service.pageOwned(context.principal, first, after);
  }

  @Mutation(() => AccountHolder, {
    nullable: true,
    description: "Changes a customer's identifiers; changed identifiers are re-published to the hub as keyed encodings.",
  })
  updateAccountHolder(
    @Arg('id', () => ID, { description: 'A customer of your institution.' }) id: string,
    @Arg('input', () => UpdateAccountHolderInput, { description: 'The values to write (see the input type).' }) input: UpdateAccountHolderInput,
    @Ctx() context: RequestContext,
  ): Promise<AccountHolder> {
    return this.service.update(context.principal, id, input);
  }

  @Mutation(() => AccountHolderErasureReceipt, {
    nullable: true,
    description:
      'Erases a customer on request: the record and its linkage publications are removed and the hub forgets it; only the audit event remains.',
  })
  async eraseAccountHolder(
    @Arg('id', () => ID, { description: 'A customer of your institution.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<AccountHolderErasureReceipt> {
    const erasure = await this.service.erase(context.principal, id);
    return Object.assign(new AccountHolderErasureReceipt(), { ...erasure, erasedAt: erasure.erasedAt.toISOString() });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'First declared nationality, ISO 3166-1 alpha-2.',
    deprecationReason: 'A customer may have several: use nationalities.',
  })
  nationality(@Root() holder: AccountHolder): string | null {
    return holder.nationalities[0] ?? null;
  }
}
