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

/** `unitId`, `UnitId` and `scopes[0]` all belong to the fields `unitId` and `scopes`. */
function baseName(key: string): string {
  return key.split(/[.[]/, 1)[0]?.toLowerCase() ?? '';
}

/**
 * Sorts the field errors of a validation failure (400) onto a form's fields. The API names fields
 * in camelCase; the comparison ignores case so `UserName` would match as well.
 */
export function fieldErrorsOf<TField extends string>(error: unknown, fields: readonly TField[]): FieldErrors<TField> {
  const byField = Object.fromEntries(fields.map((field) => [field, none])) as Record<TField, FieldMessages>;
  const other: string[] = [];
  if (!(error instanceof ApiError) || error.status !== 400) return { byField, other, any: false };
  let any = false;
  for (const [key, messages] of Object.entries(error.errors)) {
    const field = fields.find((name) => name.toLowerCase() === baseName(key));
    if (field === undefined) {
      other.push(...messages);
    } else {
      byField[field] = [...byField[field], ...messages];
      any = true;
    }
  }
  return { byField, other, any };
}
