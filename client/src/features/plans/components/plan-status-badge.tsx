import { useTranslation } from 'react-i18next';

import type { PlanStatus } from '../api/get-plans';

const badgeClass: Record<PlanStatus, string> = { Draft: 'badge badge-muted', InForce: 'badge badge-new', Closed: 'badge badge-replaced' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={badgeClass[status]}>{t(`plans.status.${status}`)}</span>;
}
