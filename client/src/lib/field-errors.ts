import { ApiError } from './api-client';

export type FieldMessages = readonly string[];

export interface FieldErrors<TField extends string> {
  /** Messages per form field, from the `errors` of a 400 answer. */
  byField: Record<TField, FieldMessages>;
  /** Messages about something the form has no field for; they belong in the form's alert. */
  other: string[];
  /** Whether any field has a message. */
  any: boolean;
}

const none: FieldMessages = [];

/**
 * Whether the API's `key` names `field` or a part of it: `unitId`, `UnitId` and `scopes[0]` belong to
 * the fields `unitId` and `scopes`; `unitPlan.documentId` to `unitPlan.documentId`, else to `unitPlan`.
 */
function belongsTo(key: string, field: string): boolean {
  const k = key.toLowerCase();
  const f = field.toLowerCase();
  return k === f || k.startsWith(`${f}.`) || k.startsWith(`${f}[`);
}

/**
 * Sorts the field errors of a validation failure (400) onto a form's fields. The API names fields
 * in camelCase, nested ones with dots; the comparison ignores case so `UserName` would match as well.
 */
export function fieldErrorsOf<TField extends string>(error: unknown, fields: readonly TField[]): FieldErrors<TField> {
  const byField = Object.fromEntries(fields.map((field) => [field, none])) as Record<TField, FieldMessages>;
  const other: string[] = [];
  if (!(error instanceof ApiError) || error.status !== 400) return { byField, other, any: false };
  let any = false;
  for (const [key, messages] of Object.entries(error.errors)) {
    // The most specific field the key names: a nested field before its parent.
    const field = fields.filter((name) => belongsTo(key, name)).sort((a, b) => b.length - a.length)[0];
    if (field === undefined) {
      other.push(...messages);
    } else {
      byField[field] = [...byField[field], ...messages];
      any = true;
    }
  }
  return { byField, other, any };
}
