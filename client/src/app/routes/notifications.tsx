import { useTranslation } from 'react-i18next';

import { usePermissions } from '@/features/auth/api/get-me';
import { MyTasks } from '@/features/notifications/components/my-tasks';
import { NoticesList } from '@/features/notifications/components/notices-list';
import { MyOverdueActions } from '@/features/plans/components/my-overdue-actions';

/** The reader's notices: first what asks for action (reports, then their units' overdue actions), then every notice newest first. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  return (
    <>
      <title>{`${t('notifications.title')} · ${t('app.name')}`}</title>
      <h1>{t('notifications.title')}</h1>
      <MyTasks />
      {permissions.has('ReadPlans') && <MyOverdueActions />}
      <NoticesList />
    </>
  );
}
