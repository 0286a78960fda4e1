import { Field, ID, InputType } from 'type-graphql';
import type { JourneyLegFields } from './journey-leg.validation.js';

@InputType({ description: 'One leg of a journey, recorded on a case (and usually for one person on it).' })
export class RecordJourneyLegInput implements JourneyLegFields {
  @Field(() => ID, { description: "The case: one of the caller's agency's." })
  caseId: string;

  @Field(() => ID, { nullable: true, description: 'The person on that case who travelled it, if known.' })
  personRecordId?: string | null;

  @Field(() => String, { description: 'Where it started: ISO 3166-1 alpha-2 country or UN/LOCODE.' })
  from: string;

  @Field(() => String, { description: 'Where it ended: ISO 3166-1 alpha-2 country or UN/LOCODE.' })
  to: string;

  @Field(() => String, { nullable: true, description: 'When it was travelled, YYYY-MM-DD; not in the future.' })
  date?: string | null;

  @Field(() => String, { description: 'ROAD, RAIL, AIR, SEA, FOOT or OTHER.' })
  mode: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether it crossed a border; defaults to whether from and to are in different countries.' })
  borderCrossing?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where the border was crossed, when known.' })
  crossingPoint?: string | null;
}
