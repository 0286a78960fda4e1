import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { isActiveConsent } from '../../../shared/policy/index.js';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Consent } from './consent.entity.js';
import { GrantConsentInput } from './consent.inputs.js';
import type { ConsentService } from './consent.service.js';

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Mutation(() => Consent, {
    nullable: true,
    description: 'Records a survivor\'s consent; the sector may then discover her, and see her non-identifying attributes for that purpose.',
  })
  grantConsent(@Arg('input', () => GrantConsentInput, { description: 'The values to write (see the input type).' }) input: GrantConsentInput, @Ctx() context: RequestContext): Promise<Consent> {
    return this.service.grant(context.principal, input);
  }

  @Mutation(() => Consent, {
    nullable: true,
    description: 'Withdraws a consent now: the sector loses sight of her at once, linkage references included.',
  })
  withdrawConsent(@Arg('consentId', () => ID, { description: 'The id of the consent to withdraw.' }) consentId: string, @Ctx() context: RequestContext): Promise<Consent> {
    return this.service.withdraw(context.principal, consentId);
  }

  @FieldResolver(() => String, { description: 'When it was recorded, ISO 8601 (UTC).' })
  grantedAt(@Root() consent: Consent): string {
    return consent.grantedAt.toISOString();
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it ends, ISO 8601 (UTC); null while open-ended.' })
  validUntil(@Root() consent: Consent): string | null {
    return consent.validUntil?.toISOString() ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'When she withdrew it, ISO 8601 (UTC); null unless withdrawn.' })
  withdrawnAt(@Root() consent: Consent): string | null {
    return consent.withdrawnAt?.toISOString() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'In force now: not withdrawn and not expired.' })
  active(@Root() consent: Consent): boolean {
    return isActiveConsent(consent);
  }
}
