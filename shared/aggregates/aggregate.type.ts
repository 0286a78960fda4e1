import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AggregateAmount, AggregateCount } from './aggregate-count.type.js';
import { Provenance } from './provenance.type.js';

export enum TrendGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

registerEnumType(TrendGranularity, {
  name: 'TrendGranularity',
  description: 'The fixed buckets of a trend within one calendar year.',
  valuesConfig: { MONTH: { description: 'Twelve calendar months.' }, QUARTER: { description: 'Four calendar quarters.' } },
});

@ObjectType({ description: 'One category of a breakdown.' })
@Directive('@shareable')
export class AggregateCell {
  @Field(() => String, { description: 'The category (a fixed vocabulary value, or UNKNOWN where the record does not say).' })
  category: string;

  @Field(() => AggregateCount, { description: 'How many records fall in it.' })
  count: AggregateCount;

  @Field(() => AggregateAmount, { nullable: true, description: 'Their sum of money, for a breakdown by currency.' })
  amount: AggregateAmount | null;
}

@ObjectType({ description: "One measure of one sector, for one place or route and one fixed period, k-anonymous." })
@Directive('@shareable')
export class Aggregate {
  @Field(() => String, { description: 'The measure, e.g. CASES, SURVIVORS, TRANSACTIONS.' })
  measure: string;

  @Field(() => String, { description: 'The period bucket: 2024, 2024-Q2 or 2024-05.' })
  period: string;

  @Field(() => String, { nullable: true, description: 'The breakdown dimension, when one was asked for.' })
  dimension: string | null;

  @Field(() => String, { nullable: true, description: 'The category the figure is filtered to, when one was asked for.' })
  category: string | null;

  @Field(() => AggregateCount, { description: 'Records of the measure here in the period (in the category, if filtered).' })
  total: AggregateCount;

  @Field(() => [AggregateCell], { description: 'The breakdown by `dimension`; empty without one. Open vocabularies (citizenship) list shown categories only.' })
  breakdown: AggregateCell[];

  @Field(() => AggregateCount, { nullable: true, description: 'The suppressed categories folded together; null without a breakdown.' })
  other: AggregateCount | null;

  @Field(() => Provenance, { description: 'Which sector and kinds of source the figures come from.' })
  provenance: Provenance;
}

@ObjectType({ description: 'One bucket of a trend.' })
@Directive('@shareable')
export class TrendPoint {
  @Field(() => String, { description: 'The bucket: 2024-Q2 or 2024-05.' })
  period: string;

  @Field(() => AggregateCount, { description: 'Records in the bucket.' })
  count: AggregateCount;
}

@ObjectType({ description: 'A measure over the months or quarters of one year, k-anonymous point by point.' })
@Directive('@shareable')
export class Trend {
  @Field(() => String, { description: 'The measure.' })
  measure: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => TrendGranularity, { description: 'Months or quarters.' })
  granularity: TrendGranularity;

  @Field(() => String, { nullable: true, description: 'The category the trend is filtered to, if any.' })
  category: string | null;

  @Field(() => AggregateCount, { description: 'The whole year (the sum the points are protected against).' })
  total: AggregateCount;

  @Field(() => [TrendPoint], { description: 'One point per bucket, in order.' })
  points: TrendPoint[];

  @Field(() => Provenance, { description: 'Which sector and kinds of source the figures come from.' })
  provenance: Provenance;
}
