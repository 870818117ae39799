import { describe, expect, it } from 'vitest';

import { ApiError } from './api-client';
import { fieldErrorsOf } from './field-errors';

function validationError(errors: Record<string, string[]>) {
  return new ApiError(400, { title: 'Dữ liệu không hợp lệ', errors }, 'Bad Request');
}

describe('field errors', () => {
  it('puts messages on the fields they name, whatever the case or index, and keeps the rest apart', () => {
    const result = fieldErrorsOf(
      validationError({ Name: ['Required.'], 'scopes[0]': ['Unknown scope.'], unitId: ['No unit.'], '': ['Whole request.'] }),
      ['name', 'scopes', 'unitId', 'expiresAt'],
    );

    expect(result.byField).toEqual({ name: ['Required.'], scopes: ['Unknown scope.'], unitId: ['No unit.'], expiresAt: [] });
    expect(result.other).toEqual(['Whole request.']);
    expect(result.any).toBe(true);
  });

  it("puts a nested field's messages on that field, and on its parent when the form has no field for it", () => {
    const error = validationError({ 'unitPlan.documentId': ['Not an attachment.'], 'unitPlan.committedActionIds': ['Unknown action.'] });

    expect(fieldErrorsOf(error, ['unitPlan.documentId', 'unitPlan']).byField).toEqual({
      'unitPlan.documentId': ['Not an attachment.'],
      unitPlan: ['Unknown action.'],
    });
  });

  it('has nothing to say about errors that are not validation failures', () => {
    const result = fieldErrorsOf(new ApiError(409, { title: 'Conflict' }, 'Conflict'), ['name']);

    expect(result).toEqual({ byField: { name: [] }, other: [], any: false });
    expect(fieldErrorsOf(new Error('network'), ['name']).any).toBe(false);
  });
});
