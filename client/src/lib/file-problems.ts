import { ApiError } from './api-client';

/**
 * One problem of a refused file, as the API lists it in the `problems` member of its 400 answer
 * (row 1 is the header; column is null when the whole row is wrong). The OpenAPI document types that
 * answer as HttpValidationProblemDetails with open members, so this is read and checked at run time
 * rather than trusted.
 */
export interface FileProblem {
  row: number;
  column: string | null;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFileProblem(value: unknown): FileProblem | undefined {
  if (!isRecord(value) || typeof value.row !== 'number' || typeof value.message !== 'string') return undefined;
  return { row: value.row, column: typeof value.column === 'string' ? value.column : null, message: value.message };
}

/** The problems of a refused file (400 with `problems`), or undefined for any other failure. */
export function fileProblemsOf(error: unknown): FileProblem[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const problems = error.problem?.extensions?.problems;
  if (!Array.isArray(problems)) return undefined;
  const read = problems.map(toFileProblem).filter((problem): problem is FileProblem => problem !== undefined);
  return read.length > 0 ? read : undefined;
}
