import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import type { ReportState } from '../api/get-completeness';

const stateClass: Record<ReportState, string> = {
  Missing: 'badge badge-revoked',
  Draft: 'badge badge-expired',
  Submitted: 'badge badge-replaced',
  Returned: 'badge badge-expired',
  Approved: 'badge badge-new',
};

/**
 * chưa nộp / nháp / đã nộp (đúng hạn, trễ hạn) / bị trả lại / đã duyệt; a report never sent before its period closed
 * (`closedOn`) is "không nộp", with the day, not "chưa nộp" as if it could still be sent.
 */
export function ReportStateBadge({ state, onTime, closedOn }: { state: ReportState; onTime?: boolean | null | undefined; closedOn?: string | undefined }) {
  const { t } = useTranslation();
  const label =
    state === 'Missing' && closedOn !== undefined
      ? t('reporting.state.missingClosed', { date: formatDate(closedOn, currentLanguage()) })
      : t(`reporting.state.${state}`);
  return (
    <>
      <span className={stateClass[state]}>{label}</span>
      {onTime != null && <span className="note"> ({t(onTime ? 'reporting.state.onTime' : 'reporting.state.late')})</span>}
    </>
  );
}
