import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { JourneyLeg } from '../journey/journey-leg.entity.js';
import type { JourneyLegService } from '../journey/journey-leg.service.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../pagination/connection.js';
import { JourneyLegConnection, PersonRecordConnection } from '../pagination/connections.js';
import { PersonRecord } from './person-record.entity.js';
import { PersonRecordFilter, RecordPersonInput, UpdatePersonRecordInput } from './person-record.inputs.js';
import type { PersonRecordService } from './person-record.service.js';

const FIRST = { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size (at most ${MAX_PAGE_SIZE}).` };
const AFTER = { nullable: true, description: 'The `endCursor` of the previous page.' };

@Resolver(() => PersonRecord)
export class PersonRecordResolver {
  constructor(
    private readonly service: PersonRecordService,
    private readonly journeyLegService: JourneyLegService,
  ) {}

  @Query(() => PersonRecord, { nullable: true, description: "A person record of the caller's own agency." })
  personRecord(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<PersonRecord | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => PersonRecordConnection, { nullable: true, description: "The caller's agency's person records, oldest first." })
  personRecords(
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Arg('filter', () => PersonRecordFilter, { nullable: true, description: 'Narrows the list.' }) filter: PersonRecordFilter | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<PersonRecord>> {
    return this.service.list(context.principal, { first, after, ...filter });
  }

  @Mutation(() => PersonRecord, { nullable: true, description: "Records a person on one of the caller's agency's cases and publishes its linkage keys." })
  recordPerson(@Arg('input', () => RecordPersonInput, { description: 'The values to write (see the input type).' }) input: RecordPersonInput, @Ctx() context: RequestContext): Promise<PersonRecord> {
    return this.service.record(context.principal, input);
  }

  @Mutation(() => PersonRecord, {
    nullable: true,
    description: "Changes one of the caller's agency's person records; re-publishes its linkage keys when its identifiers change.",
  })
  updatePersonRecord(@Arg('input', () => UpdatePersonRecordInput, { description: 'The values to write (see the input type).' }) input: UpdatePersonRecordInput, @Ctx() context: RequestContext): Promise<PersonRecord> {
    const { id, ...changes } = input;
    return this.service.update(context.principal, id, changes);
  }

  @Mutation(() => PersonRecord, {
    nullable: true,
    description: "Erases one of the caller's agency's person records (and its journey legs) and withdraws it from linkage. Returns the record as it was.",
  })
  erasePersonRecord(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<PersonRecord> {
    return this.service.erase(context.principal, id);
  }

  @FieldResolver(() => JourneyLegConnection, { nullable: true, description: 'The journey legs this person travelled, oldest first.' })
  journeyLegs(
    @Root() record: PersonRecord,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Page<JourneyLeg>> {
    return this.journeyLegService.listForPerson(record.id, { first, after });
  }
}
