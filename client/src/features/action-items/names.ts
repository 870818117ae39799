import { localName } from '@/utils/names';

import type { ActionItem, ActionUnit } from './api/get-action-items';

export function actionText(action: Pick<ActionItem, 'textVi' | 'textEn'>, language: string): string {
  return localName(action.textVi, action.textEn, language);
}

export function actionUnitName(unit: ActionUnit, language: string): string {
  return localName(unit.nameVi, unit.nameEn, language);
}
