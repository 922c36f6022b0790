/**
 * A manifest value as text for a finding or a comparison: strings as they are, numbers and
 * booleans in their usual form, anything else (an object where a scalar belongs) as JSON, so a
 * malformed manifest reads `{"a":1}` in the report instead of `[object Object]`.
 */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}
