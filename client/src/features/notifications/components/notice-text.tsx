import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import type { Notice } from '../api/get-notifications';

/** What a notice says, in the reader's language: the unit, the period and the due day (or the webhook subscription). */
export function useNoticeText(): (notice: Notice) => string {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (notice) => {
    if (notice.kind === 'WebhookDisabled') return t('notifications.kind.WebhookDisabled', { name: notice.webhookName ?? '' });
    return t(`notifications.kind.${notice.kind}`, {
      unit: notice.unitNameVi ?? '',
      period: notice.periodKind ? t(`reporting.period.kind.${notice.periodKind}`) : '',
      year: notice.periodYear ?? '',
      due: notice.dueOn ? formatDate(notice.dueOn, language) : '',
    });
  };
}
