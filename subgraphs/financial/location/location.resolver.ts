import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { TransactionConnection } from '../transaction/transaction.connection.js';
import type { TransactionService } from '../transaction/transaction.service.js';
import { Corridor, Location } from './location.entity.js';

/*
 * Records, not aggregates (those come with k-anonymity, issue 7): each institution's compliance
 * officers see their own institution's transactions at a place or along a route, nobody else's.
 */

@Resolver(() => Location)
export class LocationResolver {
  constructor(private readonly transactions: TransactionService) {}

  @FieldResolver(() => TransactionConnection, {
    nullable: true,
    description:
      "The caller's institution's cash and card transactions that happened here (a country covers its places), newest first.",
  })
  financialTransactions(
    @Root() location: Location,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() context: RequestContext,
  ) {
    return this.transactions.pageAtLocation(context.principal, location.code, first, after);
  }
}

@Resolver(() => Corridor)
export class CorridorResolver {
  constructor(private readonly transactions: TransactionService) {}

  @FieldResolver(() => TransactionConnection, {
    nullable: true,
    description:
      "The caller's institution's transactions whose money went from the origin's country to the destination's, newest first.",
  })
  financialTransactions(
    @Root() corridor: Corridor,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() context: RequestContext,
  ) {
    return this.transactions.pageAlongCorridor(context.principal, corridor.origin, corridor.destination, first, after);
  }
}
