import { Field, Int, ObjectType } from 'type-graphql';
import { Person } from '../person/person.types.js';
import { RelationshipKeyKind } from '../publication/publication.inputs.js';

@ObjectType({ description: 'Two people related by something their records share (an address, a case, a bank account, a transaction between their accounts), never merged.' })
export class NetworkEdge {
  @Field(() => Person, { description: 'The person nearer the start of the network.' })
  from: Person;

  @Field(() => Person, { description: 'The person one step further.' })
  to: Person;

  @Field(() => [RelationshipKeyKind], { description: 'What the two people share: the kinds of relationship key their records have in common.' })
  sharedOn: RelationshipKeyKind[];

  @Field(() => Int, { description: 'How many distinct shared keys relate them (two shared addresses count two; for TRANSACTION, each pair of accounts that transacted counts one, however many transactions it made).' })
  strength: number;

  @Field(() => Int, { description: 'Steps from the start person to `to` (1 for a direct neighbour).' })
  depth: number;
}

@ObjectType({ description: "A person's network to a bounded depth, as far as the caller may know of the records that relate them." })
export class PersonNetwork {
  @Field(() => Person, { description: 'The person the network starts from (after any merge redirect).' })
  start: Person;

  @Field(() => [Person], { description: 'Every person reached, the start excluded, nearest first.' })
  people: Person[];

  @Field(() => [NetworkEdge], { description: 'The relationships found, each with its evidence.' })
  edges: NetworkEdge[];

  @Field(() => Boolean, { description: 'True when the network was cut at the people limit before the requested depth was explored.' })
  truncated: boolean;
}
