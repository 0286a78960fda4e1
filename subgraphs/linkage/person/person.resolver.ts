import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { PersonLink } from './person-link.types.js';
import { AccountHolder, LinkEvidence, Person, PersonRecord, Survivor, type LinkedRecordRow } from './person.types.js';
import type { PersonService } from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Query(() => Person, { nullable: true, description: 'A person by id, if the caller may know of any of their records.' })
  async person(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<Person | null> {
    const [person] = await this.service.findVisible(context.principal, [id]);
    return person ?? null;
  }

  @Query(() => [Person], { description: 'People with records in at least `minSectors` sectors the caller may know of, oldest first.' })
  people(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size (at most 100).' }) first: number,
    @Arg('minSectors', () => Int, { defaultValue: 1, description: 'Only people known to at least this many sectors.' })
    minSectors: number,
    @Ctx() context: RequestContext,
  ): Promise<Person[]> {
    return this.service.listVisible(context.principal, first, minSectors);
  }

  @FieldResolver(() => [PersonRecord], { nullable: 'itemsAndList', description: "This person's law-enforcement records the caller may know of." })
  async personRecords(@Root() person: Person, @Ctx() context: RequestContext): Promise<PersonRecord[]> {
    return references(await this.records(person, context), 'PersonRecord');
  }

  @FieldResolver(() => [Survivor], { nullable: 'itemsAndList', description: "This person's NGO survivor records the caller may know of." })
  async survivors(@Root() person: Person, @Ctx() context: RequestContext): Promise<Survivor[]> {
    return references(await this.records(person, context), 'Survivor');
  }

  @FieldResolver(() => [AccountHolder], { nullable: 'itemsAndList', description: "This person's bank account-holder records the caller may know of." })
  async accountHolders(@Root() person: Person, @Ctx() context: RequestContext): Promise<AccountHolder[]> {
    return references(await this.records(person, context), 'AccountHolder');
  }

  @FieldResolver(() => [LinkEvidence], { nullable: true, description: 'The exact keys that link the records the caller may know of.' })
  evidence(@Root() person: Person, @Ctx() context: RequestContext): Promise<LinkEvidence[]> {
    return this.service.evidence(context.principal, person.id);
  }

  @FieldResolver(() => [PersonLink], {
    nullable: true,
    description: "Each link between this person's records the caller may know of both ends of, with its evidence: exact key kinds matched, or the similarity of the fuzzy encodings.",
  })
  links(@Root() person: Person, @Ctx() context: RequestContext): Promise<PersonLink[]> {
    return this.service.links(context.principal, person.id);
  }

  private records(person: Person, context: RequestContext): Promise<LinkedRecordRow[]> {
    return context.loaders
      .get<string, LinkedRecordRow[]>('Person.records', (ids) => this.service.visibleRecords(context.principal, ids))
      .load(person.id);
  }
}

function references(rows: LinkedRecordRow[], recordType: string): Array<{ id: string }> {
  return rows.filter((row) => row.recordType === recordType).map((row) => ({ id: row.recordId }));
}
