import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection.js';
import { Transaction } from './transaction.entity.js';

@ObjectType({ description: 'A transaction in a page of transactions, with its cursor.' })
export class TransactionEdge {
  @Field(() => Transaction, { description: 'The transaction.' })
  node: Transaction;

  @Field(() => String, { description: 'Cursor of this edge, for `after`.' })
  cursor: string;
}

@ObjectType({ description: 'A page of transactions, newest first (Relay cursor connection, at most 100 per page).' })
export class TransactionConnection {
  @Field(() => [TransactionEdge], { description: 'The transactions of this page.' })
  edges: TransactionEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and from where.' })
  pageInfo: PageInfo;
}
