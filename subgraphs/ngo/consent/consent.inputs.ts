import { Field, ID, InputType } from 'type-graphql';
import type { GrantConsentRequest } from './consent.service.js';

/**
 * Sector, purpose and end date are strings, checked by the service rather than by GraphQL
 * coercion, so that one answer names every invalid field at once. Who records the consent and
 * for which organisation are taken from the caller's token: the input has no such fields, and
 * GraphQL validation refuses a request that sends them.
 */
@InputType({ description: "A survivor's consent, as her caseworker records it." })
export class GrantConsentInput implements GrantConsentRequest {
  @Field(() => ID, { description: "The survivor who gives it: one your NGO supports." })
  survivorId: string;

  @Field(() => String, { description: 'The sector she agrees to share with: LAW_ENFORCEMENT, NGO, FINANCIAL or HUB.' })
  sector: string;

  @Field(() => String, {
    description: 'The purpose she agrees to, as callers declare it in x-beacon-purpose (e.g. aml-compliance, analysis).',
  })
  purpose: string;

  @Field(() => String, {
    nullable: true,
    description: 'End of validity: ISO 8601 date-time with a time zone, or a date (valid through that day, UTC). Omitted: until withdrawn.',
  })
  validUntil?: string | null;
}
