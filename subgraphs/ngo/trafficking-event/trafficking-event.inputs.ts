import { Field, ID, InputType } from 'type-graphql';

/** The stage and place are strings checked by the service, so one answer names every bad field. */
@InputType({ description: "One leg of a survivor's route, as her caseworker records it: a stage, a place, and a day or a period." })
export class RecordTraffickingEventInput {
  @Field(() => ID, { description: 'The survivor: one your NGO supports.' })
  survivorId: string;

  @Field(() => String, { description: 'RECRUITMENT, TRANSIT or EXPLOITATION (HTCDS `hte_Type`; the HTCDS names read too).' })
  stage: string;

  @Field(() => String, { description: 'Where: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE (MDKIV or "MD KIV").' })
  place: string;

  @Field(() => String, { nullable: true, description: 'The day, ISO 8601 YYYY-MM-DD, not in the future; or give a period instead.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the period, ISO 8601, when no single day is known.' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period, ISO 8601, not before periodStart.' })
  periodEnd?: string | null;
}
