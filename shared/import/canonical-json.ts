/**
 * JSON with object keys sorted. Postgres `jsonb` hands objects back in its own key order (shorter
 * keys first), so comparing a stored value with an incoming one by plain `JSON.stringify` calls
 * every record with an address "changed" and makes a re-import rewrite what it should leave alone.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  ) ?? 'undefined';
}

/** Whether two values are the same data, whatever the order of their objects' keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
