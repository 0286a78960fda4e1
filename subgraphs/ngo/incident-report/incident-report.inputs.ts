import { Field, InputType } from 'type-graphql';

/**
 * Deliberately no free-text field: a caller cannot put a name or a phone number into a record
 * every analyst may read. Picklists are strings checked by the service (every bad field at once).
 */
@InputType({ description: 'A non-personal incident report: where, when, which exploitation, from which source, how reliable.' })
export class ReportIncidentInput {
  @Field(() => String, { description: 'Where: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE (MDKIV).' })
  place: string;

  @Field(() => String, { description: 'The day it happened or was seen, ISO 8601 YYYY-MM-DD, not in the future.' })
  occurredOn: string;

  @Field(() => String, { description: 'The suspected type of exploitation (HTCDS `vic_TypeOfExploitation`), e.g. FORCED_LABOUR.' })
  typeOfExploitation: string;

  @Field(() => String, { description: 'HOTLINE, OPEN_SOURCE or PARTNER.' })
  source: string;

  @Field(() => String, { description: 'The reliability of the source: A, B, C or X.' })
  reliability: string;

  @Field(() => String, { nullable: true, description: "The hotline's own id for it: reporting it again returns the first report." })
  sourceRecordId?: string | null;

  @Field(() => String, { nullable: true, description: 'Delete it after this date (ISO 8601, in the future). Default: 5 years from now.' })
  retentionUntil?: string | null;
}
