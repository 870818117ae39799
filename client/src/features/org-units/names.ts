import { localName } from '@/utils/names';

import type { OrgUnit } from './api/search-org-units';

export function unitName(unit: OrgUnit, language: string): string {
  return localName(unit.nameVi, unit.nameEn, language);
}
