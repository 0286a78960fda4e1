import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { AccountHolder } from './account-holder.entity.js';
import type { AccountHolderService } from './account-holder.service.js';

@Resolver(() => AccountHolder)
export class AccountHolderResolver {
  constructor(private readonly service: AccountHolderService) {}

  @Query(() => AccountHolder, { nullable: true, description: "An account holder of the caller's own institution." })
  accountHolder(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<AccountHolder | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => [AccountHolder], { description: "The caller's institution's account holders, oldest first." })
  accountHolders(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size (at most 100).' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<AccountHolder[]> {
    return this.service.listOwned(context.principal, first);
  }
}
