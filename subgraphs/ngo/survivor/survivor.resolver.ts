import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Survivor } from './survivor.entity.js';
import type { SurvivorService } from './survivor.service.js';

@Resolver(() => Survivor)
export class SurvivorResolver {
  constructor(private readonly service: SurvivorService) {}

  @Query(() => Survivor, { nullable: true, description: "A survivor supported by the caller's own NGO." })
  survivor(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Survivor | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => [Survivor], { description: "The survivors the caller's NGO supports, oldest first." })
  survivors(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size (at most 100).' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Survivor[]> {
    return this.service.listOwned(context.principal, first);
  }
}
