import { Field, ObjectType } from 'type-graphql';
import { BeaconError } from '../../../shared/errors/index.js';

/** Largest page any list returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Relay's PageInfo, as every connection of this subgraph returns it. Named for the subgraph: a
 * type shared by name with other sectors would have to agree with theirs field for field.
 */
@ObjectType('FinancialPageInfo', { description: 'Where a page of a financial connection sits: whether more follow, and the cursor to ask for them.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/**
 * Keyset cursors: the sort key of the last row, opaque to callers. Offsets would skip or repeat
 * rows while others are written, and cost a scan of every skipped row.
 */
export interface Keyset {
  readonly at: string;
  readonly id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at, keyset.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Keyset | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the refusal below: a cursor is ours or it is wrong.
  }
  throw new BeaconError('BAD_USER_INPUT', 'The cursor is not one this list handed out.', {
    invalidFields: [{ field: 'after', reason: 'not a cursor of this list' }],
  });
}

/** The page size to use: `first` within 1..100. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BeaconError('BAD_USER_INPUT', `A page holds 1 to ${MAX_PAGE_SIZE} items.`, {
      invalidFields: [{ field: 'first', reason: `not between 1 and ${MAX_PAGE_SIZE}` }],
    });
  }
  return first;
}

/** Turns `size + 1` fetched rows into one page: the extra row only says that more follow. */
export function pageOf<T>(rows: readonly T[], size: number, keysetOf: (row: T) => Keyset) {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    edges: nodes.map((node) => ({ node, cursor: encodeCursor(keysetOf(node)) })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(keysetOf(last)) : null },
  };
}
