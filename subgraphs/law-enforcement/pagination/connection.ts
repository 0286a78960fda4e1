import { Field, ObjectType, type ClassType } from 'type-graphql';
import { BeaconError } from '../../../shared/errors/index.js';

/** Largest page any list returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Relay's page info. Prefixed with the sector because every subgraph defines its own, and two
 * value types of one name would have to be identical (and `@shareable`) in every subgraph.
 */
@ObjectType({ description: 'Where a page of a law-enforcement list sits in the whole list.' })
export class LawEnforcementPageInfo {
  @Field(() => Boolean, { description: 'True when another page follows; ask again with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge of this page; null on an empty page.' })
  endCursor: string | null;
}

/** What keyset pagination orders by: creation time (millisecond precision, as stored) and id. */
export interface Keyset {
  readonly createdAt: Date;
  readonly id: string;
}

export interface Page<T> {
  readonly edges: ReadonlyArray<{ readonly node: T; readonly cursor: string }>;
  readonly pageInfo: LawEnforcementPageInfo;
}

/** An opaque cursor: callers pass it back, never build it. */
export function encodeCursor(position: Keyset): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new BeaconError('BAD_USER_INPUT', 'The cursor is not one this list handed out.', {
      invalidFields: [{ field: 'after', reason: 'not a cursor of this list' }],
    });
  }
  return { createdAt, id };
}

/** The page size to fetch: at least 0, at most MAX_PAGE_SIZE. */
export function pageSize(first: number): number {
  return Math.min(Math.max(Math.trunc(first), 0), MAX_PAGE_SIZE);
}

/** Turns `size + 1` rows fetched in keyset order into a page (the extra row only says more follow). */
export function toPage<T extends Keyset>(rows: readonly T[], size: number): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * The Connection and Edge types of one node type. type-graphql needs a class per GraphQL type, so
 * each list's types are made here from the node class.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, describes: string) {
  @ObjectType(`${name}Edge`, { description: `One ${describes} in a page, with its cursor.` })
  class Edge {
    @Field(() => node, { nullable: true, description: `The ${describes}.` })
    node: T;

    @Field(() => String, { description: 'Pass as `after` to continue after this edge.' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${describes}s, oldest first.` })
  class Connection {
    @Field(() => [Edge], { description: 'The page, in order.' })
    edges: Edge[];

    @Field(() => LawEnforcementPageInfo, { description: 'Whether more follow, and from where.' })
    pageInfo: LawEnforcementPageInfo;
  }
  return { Connection, Edge };
}
