import { useTranslation } from 'react-i18next';

import type { ReportState } from '../api/get-completeness';

const stateClass: Record<ReportState, string> = {
  Missing: 'badge badge-revoked',
  Draft: 'badge badge-expired',
  Submitted: 'badge badge-replaced',
  Returned: 'badge badge-expired',
  Approved: 'badge badge-new',
};

/** chưa nộp / nháp / đã nộp (đúng hạn, trễ hạn) / bị trả lại / đã duyệt */
export function ReportStateBadge({ state, onTime }: { state: ReportState; onTime?: boolean | null | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={stateClass[state]}>{t(`reporting.state.${state}`)}</span>
      {onTime != null && <span className="note"> ({t(onTime ? 'reporting.state.onTime' : 'reporting.state.late')})</span>}
    </>
  );
}
