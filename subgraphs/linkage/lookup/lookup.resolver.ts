import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { LookupService } from './lookup.service.js';
import { LinkageMatch, LinkageProbeInput } from './lookup.types.js';

@Resolver()
export class LookupResolver {
  constructor(private readonly service: LookupService) {}

  @Query(() => LinkageMatch, {
    nullable: true,
    description:
      "A sector subgraph's service asks, for its own caller, whether the hub knows a person: keys in, hit/no-hit and the permitted sectors out. Members reach it through their sector's `*LinkageLookup`.",
  })
  linkageMatch(@Arg('probe', () => LinkageProbeInput, { description: 'The keyed encodings of the identifiers to look up.' }) probe: LinkageProbeInput, @Ctx() context: RequestContext): Promise<LinkageMatch> {
    return this.service.match(context.principal, probe);
  }
}
