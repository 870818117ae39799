import { useTranslation } from 'react-i18next';

import type { ActionStatus, DeadlineState } from '../api/get-action-items';

const statusClass: Record<ActionStatus, string> = {
  NotStarted: 'badge badge-muted',
  InProgress: 'badge badge-replaced',
  Completed: 'badge badge-new',
  Paused: 'badge badge-expired',
};

const deadlineClass: Record<DeadlineState, string> = {
  WithinDeadline: 'badge badge-muted',
  Overdue: 'badge badge-revoked',
  CompletedOnTime: 'badge badge-new',
  CompletedLate: 'badge badge-expired',
};

/** chưa thực hiện / đang thực hiện / hoàn thành / tạm dừng, the words officials use. */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <span className={statusClass[status]}>{t(`actions.status.${status}`)}</span>;
}

/** trong hạn / quá hạn, or done on time or late. */
export function DeadlineBadge({ state }: { state: DeadlineState | null | undefined }) {
  const { t } = useTranslation();
  if (state == null) return null;
  return <span className={deadlineClass[state]}>{t(`actions.deadline.${state}`)}</span>;
}
