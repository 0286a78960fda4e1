import { Field, ID, InputType } from 'type-graphql';

/*
 * Typology, status and date are strings, checked by the service so that one answer names every
 * invalid field at once. The filing institution comes from the caller's token.
 */
@InputType({ description: "A suspicious-activity report on one of your institution's customers." })
export class FileSuspiciousActivityReportInput {
  @Field(() => String, { description: "Your institution's own number for the report; filing it twice files it once." })
  reference: string;

  @Field(() => ID, { description: 'The customer the report is about: an account holder of your institution.' })
  accountHolderId: string;

  @Field(() => String, { description: 'When it was filed with the financial intelligence unit: ISO 8601 date-time with a time zone.' })
  filedAt: string;

  @Field(() => String, { description: 'A SuspiciousActivityTypology value, e.g. FUNNEL_ACCOUNT.' })
  typology: string;

  @Field(() => String, { description: 'What the institution saw, in its own words.' })
  narrative: string;

  @Field(() => String, { nullable: true, description: 'FILED (default), ACKNOWLEDGED or CLOSED.' })
  status?: string | null;
}
