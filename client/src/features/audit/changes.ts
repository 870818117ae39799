/** One field of an audit entry's `changes`: its value before and after, either missing for creations and deletions. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
  hasBefore: boolean;
  hasAfter: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `changes`, a JSON object of `{ field: { before?, after? } }` as the API records it. Anything
 * else gives null, and the entry shows the text as it came.
 */
export function parseChanges(changes: string): FieldChange[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const fields: FieldChange[] = [];
  for (const [field, change] of Object.entries(parsed)) {
    if (!isRecord(change)) return null;
    fields.push({
      field,
      before: change.before,
      after: change.after,
      hasBefore: 'before' in change,
      hasAfter: 'after' in change,
    });
  }
  return fields;
}

const isPlain = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A recorded value as text: plain values as they are, lists of them with commas, null as nothing, the rest as JSON. */
export function changeValueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isPlain(value)) return String(value);
  if (Array.isArray(value) && value.every(isPlain)) return value.length === 0 ? null : value.join(', ');
  return JSON.stringify(value);
}
