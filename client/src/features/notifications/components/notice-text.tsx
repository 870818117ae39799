import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import type { Notice } from '../api/get-notifications';

/** What a notice says, in the reader's language: the unit, the period and the due day. */
export function useNoticeText(): (notice: Notice) => string {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (notice) =>
    t(`notifications.kind.${notice.kind}`, {
      unit: notice.unitNameVi,
      period: t(`reporting.period.kind.${notice.periodKind}`),
      year: notice.periodYear,
      due: formatDate(notice.dueOn, language),
    });
}
