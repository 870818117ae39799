import { localName } from '@/utils/names';

import type { Province } from './api/search-provinces';

export function provinceName(province: Province, language: string): string {
  return localName(province.nameVi, province.nameEn, language);
}

/** Dimension and sub-dimension codes in reading order: 1, 2, … 8 and 1.1, 1.2, … 1.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
