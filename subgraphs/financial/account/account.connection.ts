import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection.js';
import { Account } from './account.entity.js';

@ObjectType({ description: 'An account in a page of accounts, with its cursor.' })
export class AccountEdge {
  @Field(() => Account, { description: 'The account.' })
  node: Account;

  @Field(() => String, { description: 'Cursor of this edge, for `after`.' })
  cursor: string;
}

@ObjectType({ description: 'A page of accounts (Relay cursor connection, at most 100 per page).' })
export class AccountConnection {
  @Field(() => [AccountEdge], { description: 'The accounts of this page.' })
  edges: AccountEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and from where.' })
  pageInfo: PageInfo;
}
