import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The Relay cursor-connection page info, exactly as the Relay specification shapes it, so any
 * subgraph may declare the same value type: `@shareable` lets composition accept it from several.
 */
@ObjectType({ description: 'Where a page of a cursor connection sits in the whole list (Relay cursor connections).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether a page follows this one; ask for it with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether a page precedes this one. Lists here page forwards only, so always false.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page; null when the page is empty.' })
  endCursor: string | null;
}
