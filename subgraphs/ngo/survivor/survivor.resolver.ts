import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { connectionOf } from '../pagination/connection.js';
import type { Page } from '../pagination/cursor.js';
import { Survivor } from './survivor.entity.js';
import { RegisterSurvivorInput, UpdateSurvivorInput } from './survivor.inputs.js';
import type { SurvivorService } from './survivor.service.js';

export const SurvivorConnection = connectionOf(Survivor, 'Survivor', 'survivor', 'oldest first');

@InputType({ description: "Narrows the caller's survivors; every filter has an index behind it." })
export class SurvivorFilterInput {
  @Field(() => String, { nullable: true, description: 'Only survivors with this HTCDS trafficking status (enum value or HTCDS name).' })
  traffickingStatus?: string | null;
}

@ObjectType({ description: 'The receipt of an erasure: the record, its consents, events and referrals are gone, and the hub was told.' })
export class SurvivorErasure {
  @Field(() => ID, { description: 'The id the erased survivor had.' })
  id: string;

  @Field(() => String, { description: 'When she was erased, ISO 8601 (UTC).' })
  erasedAt: string;
}

@Resolver(() => Survivor)
export class SurvivorResolver {
  constructor(private readonly service: SurvivorService) {}

  @Query(() => Survivor, { nullable: true, description: "A survivor supported by the caller's own NGO." })
  survivor(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<Survivor | null> {
    return this.service.findOwned(context.principal, id);
  }

  @Query(() => [Survivor], { description: "The first survivors the caller's NGO supports, oldest first; page with survivorsConnection." })
  survivors(
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (at most 100).' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Survivor[]> {
    return this.service.listOwned(context.principal, first);
  }

  @Query(() => SurvivorConnection, { nullable: true, description: "The survivors the caller's NGO supports, a page at a time, oldest first." })
  survivorsConnection(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => SurvivorFilterInput, { nullable: true, description: 'Only survivors matching this.' }) filter: SurvivorFilterInput | null,
    @Ctx() context: RequestContext,
  ): Promise<Page<Survivor>> {
    return this.service.pageOwned(context.principal, first, after, filter ?? {});
  }

  @Mutation(() => Survivor, {
    nullable: true,
    description: 'Registers a survivor for the caller\'s NGO and publishes her keyed identifiers to the hub; idempotent by sourceRecordId.',
  })
  registerSurvivor(@Arg('input', () => RegisterSurvivorInput, { description: 'The values to write (see the input type).' }) input: RegisterSurvivorInput, @Ctx() context: RequestContext): Promise<Survivor> {
    return this.service.register(context.principal, input);
  }

  @Mutation(() => Survivor, {
    nullable: true,
    description: "Changes a survivor of the caller's NGO; a change of her identifiers re-publishes her keys to the hub.",
  })
  updateSurvivor(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', () => UpdateSurvivorInput, { description: 'The values to write (see the input type).' }) input: UpdateSurvivorInput,
    @Ctx() context: RequestContext,
  ): Promise<Survivor> {
    return this.service.update(context.principal, id, input);
  }

  @Mutation(() => SurvivorErasure, {
    nullable: true,
    description: "Erases a survivor of the caller's NGO at her request: record, consents, events and referrals; the hub forgets her.",
  })
  async eraseSurvivor(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() context: RequestContext): Promise<SurvivorErasure> {
    const { erasedAt } = await this.service.erase(context.principal, id);
    return { id, erasedAt: erasedAt.toISOString() };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Her first recorded citizenship, ISO 3166-1 alpha-2; `citizenships` has them all.',
  })
  citizenship(@Root() survivor: Survivor): string | null {
    return survivor.citizenships[0] ?? null;
  }
}
