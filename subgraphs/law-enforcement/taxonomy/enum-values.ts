/**
 * Reads an enum value as callers write it: the GraphQL name (`FORCED_LABOUR`) or the stored value
 * (`ForcedLabour`, the HTCDS value name; `1` for an accuracy grade). Inputs take enums as strings
 * so that one answer can name every bad field, which GraphQL's own coercion cannot.
 */
export function enumValueOf<E extends Record<string, string>>(values: E, raw: string): E[keyof E] | undefined {
  const text = raw.trim();
  if (Object.hasOwn(values, text)) return values[text as keyof E];
  return (Object.values(values) as Array<E[keyof E]>).find((value) => value === text);
}

/** The names a caller may use, for error messages. */
export function enumNames(values: Record<string, string>): string {
  return Object.keys(values).join(', ');
}
