import { localName } from '@/utils/names';

import type { PlanSummary } from './api/get-plans';

export function planTitle(plan: Pick<PlanSummary, 'titleVi' | 'titleEn'>, language: string): string {
  return localName(plan.titleVi, plan.titleEn, language);
}

/** Dimension and sub-dimension codes in reading order: 1, 2, … 8 and 1.1, 1.2, … 1.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
