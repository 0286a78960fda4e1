import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection.js';
import { AccountHolder } from './account-holder.entity.js';

@ObjectType({ description: 'An account holder in a page of account holders, with its cursor.' })
export class AccountHolderEdge {
  @Field(() => AccountHolder, { description: 'The account holder.' })
  node: AccountHolder;

  @Field(() => String, { description: 'Cursor of this edge, for `after`.' })
  cursor: string;
}

@ObjectType({ description: 'A page of account holders, oldest first (Relay cursor connection, at most 100 per page).' })
export class AccountHolderConnection {
  @Field(() => [AccountHolderEdge], { description: 'The account holders of this page.' })
  edges: AccountHolderEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and from where.' })
  pageInfo: PageInfo;
}

/** What an erasure leaves for the caller: which record went, and when. */
@ObjectType({ description: 'The receipt of an erasure: the record is gone, only its audit events remain.' })
export class AccountHolderErasureReceipt {
  @Field(() => ID, { description: 'Id of the erased account holder.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'When it was erased, ISO 8601 (UTC).' })
  erasedAt: string;

  /** Not exposed: lets the audit trail and the field rules name the owner. */
  ownerOrg: string;
}
