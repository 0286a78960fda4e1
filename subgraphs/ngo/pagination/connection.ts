import { Field, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.js';

/**
 * A Relay connection type and its edge type for one node type (`SurvivorConnection`,
 * `SurvivorEdge`). No total count: how many records exist can itself be the secret.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, what: string, order: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after` to read on from here.' })
    cursor: string;

    @Field(() => node, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} records, ${order} (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: `The ${what} records of this page.` })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to reach them.' })
    pageInfo: PageInfo;
  }
  return Connection;
}
