import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { RecordPublicationInput } from './publication.inputs.js';
import type { PublicationService } from './publication.service.js';

@ObjectType({ description: 'The hub acknowledges a batch of publications.' })
export class PublicationReceipt {
  @Field(() => Int, { description: 'How many publications were applied.' })
  accepted: number;
}

@Resolver()
export class PublicationResolver {
  constructor(private readonly service: PublicationService) {}

    @Mutation(() => PublicationReceipt, {
    nullable: true,
    description: "A sector's service publishes records' keys; the publisher is taken from its credential, never from input.",
  })
  async publishRecords(
    @Arg('publications', () => [RecordPublicationInput], { description: 'The records to publish: keyed encodings and references only, never raw identifiers.' }) publications: RecordPublicationInput[],
    @Ctx() context: RequestContext,
  ): Promise<PublicationReceipt> {
    return { accepted: await this.service.publish(context.principal, publications) };
  }
}
