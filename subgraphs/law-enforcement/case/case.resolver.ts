import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { JourneyLegService } from '../journey/journey-leg.service.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../pagination/connection.js';
import { CaseConnection, JourneyLegConnection, PersonRecordConnection } from '../pagination/connections.js';
import type { JourneyLeg } from '../journey/journey-leg.entity.js';
import type { PersonRecord } from '../person-record/person-record.entity.js';
import type { PersonRecordService } from '../person-record/person-record.service.js';
import { Case } from './case.entity.js';
import { CaseFilter, OpenCaseInput, UpdateCaseInput } from './case.inputs.js';
import type { CaseService } from './case.service.js';

const FIRST = { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size (at most ${MAX_PAGE_SIZE}).` };
const AFTER = { nullable: true, description: 'The `endCursor` of the previous page.' };

@Resolver(() => Case)
export class CaseResolver {
  constructor(
    private readonly caseService: CaseService,
    private readonly personRecordService: PersonRecordService,
    private readonly journeyLegService: JourneyLegService,
  ) {}

  @Query(() => Case, { nullable: true, description: "A case of the caller's own agency." })
  case(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<Case | null> {
    return this.caseService.findOwned(context.principal, id);
  }

  @Query(() => CaseConnection, { nullable: true, description: "The caller's agency's cases, oldest first." })
  cases(
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Narrows the list.' }) filter: CaseFilter | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<Case>> {
    return this.caseService.list(context.principal, { first, after, ...filter });
  }

  @Mutation(() => Case, { nullable: true, description: "Opens a case for the caller's agency." })
  openCase(@Arg('input', () => OpenCaseInput, { description: 'The values to write (see the input type).' }) input: OpenCaseInput, @Ctx() context: RequestContext): Promise<Case> {
    return this.caseService.open(context.principal, input);
  }

  @Mutation(() => Case, { nullable: true, description: "Changes one of the caller's agency's cases; its handling code then governs every record on it." })
  updateCase(@Arg('input', () => UpdateCaseInput, { description: 'The values to write (see the input type).' }) input: UpdateCaseInput, @Ctx() context: RequestContext): Promise<Case> {
    const { id, ...changes } = input;
    return this.caseService.update(context.principal, id, changes);
  }

  @Mutation(() => Case, {
    nullable: true,
    description:
      "Erases one of the caller's agency's cases with every person record and journey leg on it, and withdraws them from linkage. Returns the case as it was; only the audit event remains.",
  })
  eraseCase(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<Case> {
    return this.caseService.erase(context.principal, id);
  }

  @FieldResolver(() => PersonRecordConnection, { nullable: true, description: 'The people recorded on the case, oldest first.' })
  personRecords(
    @Root() onCase: Case,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Page<PersonRecord>> {
    return this.personRecordService.listOnCase(onCase.id, { first, after });
  }

  @FieldResolver(() => JourneyLegConnection, { nullable: true, description: 'The journey legs recorded on the case, oldest first.' })
  journeyLegs(
    @Root() onCase: Case,
    @Arg('first', () => Int, FIRST) first: number,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Page<JourneyLeg>> {
    return this.journeyLegService.listOnCase(onCase.id, { first, after });
  }
}
