import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A kind of source a figure counts, and what it measures.' })
@Directive('@shareable')
export class SourceKind {
  @Field(() => String, { description: 'The kind, e.g. CASE_RECORDS, HOTLINE, OPEN_SOURCE, TRANSACTION_RECORDS.' })
  kind: string;

  @Field(() => String, { description: 'What a count of this kind measures, and what it does not.' })
  measures: string;
}

@ObjectType({ description: 'Where a figure comes from: which sector, which kinds of source, and how to read it.' })
@Directive('@shareable')
export class Provenance {
  @Field(() => String, { description: 'The sector whose subgraph computed the figure: LAW_ENFORCEMENT, NGO or FINANCIAL.' })
  sector: string;

  @Field(() => [SourceKind], { description: 'The kinds of source the figure counts.' })
  sources: SourceKind[];

  @Field(() => String, { description: 'What one counted record is (a case, a survivor, a transaction) and where and when it is placed.' })
  unit: string;

  @Field(() => [String], { description: 'How not to read the figure (e.g. open-source incidents measure media attention, not prevalence).' })
  caveats: string[];
}
