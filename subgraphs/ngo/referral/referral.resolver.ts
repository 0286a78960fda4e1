import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { connectionOf } from '../pagination/connection.js';
import type { Page } from '../pagination/cursor.js';
import { Survivor } from '../survivor/survivor.entity.js';
import { Referral } from './referral.entity.js';
import { RecordReferralInput } from './referral.inputs.js';
import type { ReferralService } from './referral.service.js';

export const ReferralConnection = connectionOf(Referral, 'Referral', 'referral', 'oldest first');

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Mutation(() => Referral, { nullable: true, description: 'Records a referral of a survivor your NGO supports to another organisation.' })
  recordReferral(@Arg('input', () => RecordReferralInput, { description: 'The values to write (see the input type).' }) input: RecordReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    return this.service.record(context.principal, input);
  }
}

/** `Survivor.referrals`, kept beside the rest of the referral code. */
@Resolver(() => Survivor)
export class SurvivorReferralsResolver {
  constructor(private readonly service: ReferralService) {}

  @FieldResolver(() => ReferralConnection, { nullable: true, description: 'Where she was referred, for which support, oldest first.' })
  referrals(
    @Root() survivor: Survivor,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
  ): Promise<Page<Referral>> {
    return this.service.pageOfSurvivor(survivor.id, first, after);
  }
}
