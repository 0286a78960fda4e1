import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { MAX_NETWORK_DEPTH, type NetworkService } from './network.service.js';
import { PersonNetwork } from './network.types.js';

@Resolver()
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Query(() => PersonNetwork, {
    nullable: true,
    description: `People related to a person through shared addresses, cases or bank accounts, or transactions between their accounts, to at most ${MAX_NETWORK_DEPTH} steps; null when the caller may know of none of the person's records.`,
  })
  network(
    @Arg('personId', () => ID, { description: 'The person to start from; a merged id is followed to the surviving person.' }) personId: string,
    @Arg('depth', () => Int, { defaultValue: 2, description: `Steps to follow (1–${MAX_NETWORK_DEPTH}).` }) depth: number,
    @Ctx() context: RequestContext,
  ): Promise<PersonNetwork | null> {
    return this.service.network(context.principal, personId, depth);
  }
}
