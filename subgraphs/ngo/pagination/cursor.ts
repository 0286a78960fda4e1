import { BeaconError } from '../../../shared/errors/index.js';

/** Largest page a list returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;
/** The page size when the caller names none. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A keyset position: the sort value and the id of the last row seen. Opaque to callers
 * (base64url), so the sort can change without breaking the API's promise.
 */
export interface Position {
  readonly sort: string;
  readonly id: string;
}

/** A uuid no record has: lists of a malformed id query for it and find nothing, like a missing record. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.sort, position.id]), 'utf8').toString('base64url');
}

/** The position after which to continue; a cursor this API did not hand out is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined): Position | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && UUID.test(parsed[1])) {
      return { sort: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through to the one error below
  }
  throw new BeaconError('BAD_USER_INPUT', 'The cursor is not one this list handed out.', {
    invalidFields: [{ field: 'after', reason: 'not a cursor of this list' }],
  });
}

/** `first` clamped to 1…MAX_PAGE_SIZE; a negative or zero page is refused rather than guessed. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) {
    throw new BeaconError('BAD_USER_INPUT', 'A page holds at least one item.', {
      invalidFields: [{ field: 'first', reason: `must be between 1 and ${MAX_PAGE_SIZE}` }],
    });
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

/** One page of rows, with the cursor of each. */
export interface Page<T> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: T }>;
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

/**
 * Builds a page from `size + 1` rows fetched in keyset order: the extra row only says that a
 * next page exists (no count, which could tell more than the caller may know).
 */
export function pageOf<T>(rows: readonly T[], size: number, positionOf: (row: T) => Position): Page<T> {
  const visible = rows.slice(0, size);
  const edges = visible.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
