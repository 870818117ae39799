import { describe, expect, it } from 'vitest';

import { ApiError, toProblemDetails } from './api-client';
import { fileProblemsOf } from './file-problems';

function refused(body: Record<string, unknown>, status = 400) {
  return new ApiError(status, toProblemDetails(body), 'Bad Request');
}

describe('file problems', () => {
  it('reads the problems of a refused file, a whole-row problem having no column', () => {
    const error = refused({
      title: 'Dữ liệu không hợp lệ',
      problems: [
        { row: 3, column: '1.1', message: 'Not a number.' },
        { row: 2, column: null, message: 'Too few cells.' },
      ],
    });

    expect(fileProblemsOf(error)).toEqual([
      { row: 3, column: '1.1', message: 'Not a number.' },
      { row: 2, column: null, message: 'Too few cells.' },
    ]);
  });

  it('skips entries of another shape and reads nothing from other failures', () => {
    expect(fileProblemsOf(refused({ problems: [{ row: 'two' }, { row: 2, message: 'ok' }] }))).toEqual([
      { row: 2, column: null, message: 'ok' },
    ]);
    expect(fileProblemsOf(refused({ problems: 'none' }))).toBeUndefined();
    expect(fileProblemsOf(refused({ problems: [{ row: 2, message: 'x' }] }, 413))).toBeUndefined();
    expect(fileProblemsOf(new Error('network'))).toBeUndefined();
  });
});
