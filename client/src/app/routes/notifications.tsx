import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { currentLanguage } from '@/config/i18n';
import { MyOverdueActions } from '@/features/action-items/components/my-overdue-actions';
import { usePermissions } from '@/features/auth/api/get-me';
import { MyTasks } from '@/features/notifications/components/my-tasks';
import { NoticesList } from '@/features/notifications/components/notices-list';
import { usePlans } from '@/features/plans/api/get-plans';
import { planTitle } from '@/features/plans/names';

/** The reader's notices: first what asks for action (reports, then their units' overdue actions), then every notice newest first. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  return (
    <>
      <title>{`${t('notifications.title')} · ${t('app.name')}`}</title>
      <h1>{t('notifications.title')}</h1>
      <MyTasks />
      {permissions.has('ReadPlans') && <OverdueActionsOfPlansInForce />}
      <NoticesList />
    </>
  );
}

/** The units' overdue actions in every plan in force. */
function OverdueActionsOfPlansInForce() {
  const language = currentLanguage();
  const plans = usePlans();
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const inForce = plans.data?.items.filter((plan) => plan.status === 'InForce') ?? [];
  return <MyOverdueActions plans={inForce.map((plan) => ({ id: plan.id, title: planTitle(plan, language) }))} />;
}
