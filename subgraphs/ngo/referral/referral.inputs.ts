import { Field, ID, InputType } from 'type-graphql';

/** Picklists are strings checked by the service, so one answer names every bad field. */
@InputType({ description: 'A referral of a survivor your NGO supports to another organisation.' })
export class RecordReferralInput {
  @Field(() => ID, { description: 'The survivor: one your NGO supports.' })
  survivorId: string;

  @Field(() => String, { description: 'The organisation referred to, by name (1–200 characters).' })
  organisationName: string;

  @Field(() => String, { description: 'Its kind (HTCDS `org_Type`), e.g. HEALTH_SERVICE_ORGANISATION or LEGAL_SERVICE.' })
  organisationType: string;

  @Field(() => String, { description: 'The support she is referred for (HTCDS `spl_Type`), e.g. HEALTH or LEGAL.' })
  supportType: string;

  @Field(() => String, { nullable: true, description: 'Why (HTCDS `cas_ReasonForOutgoingReferral`), e.g. ADDITIONAL_SERVICES_REQUIRED.' })
  reason?: string | null;

  @Field(() => String, { description: 'When it was made, ISO 8601 YYYY-MM-DD, not in the future.' })
  referredOn: string;

  @Field(() => String, { nullable: true, description: 'PENDING (default), ACCEPTED, DECLINED or COMPLETED.' })
  status?: string | null;
}
