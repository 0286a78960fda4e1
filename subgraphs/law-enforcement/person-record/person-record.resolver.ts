import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { PersonRecord } from './person-record.entity.js';
import type { PersonRecordService } from './person-record.service.js';

@Resolver(() => PersonRecord)
export class PersonRecordResolver {
  constructor(private readonly service: PersonRecordService) {}

  @Query(() => PersonRecord, { nullable: true, description: "A person record of the caller's own agency." })
  personRecord(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<PersonRecord | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => [PersonRecord], { description: "The caller's agency's person records, oldest first." })
  personRecords(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size (at most 100).' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<PersonRecord[]> {
    return this.service.listOwned(context.principal, first);
  }
}
