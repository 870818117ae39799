import { useTranslation } from 'react-i18next';

import { MyTasks } from '@/features/notifications/components/my-tasks';
import { NoticesList } from '@/features/notifications/components/notices-list';

/** The reader's notices: first what asks for action, then every notice newest first. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('notifications.title')} · ${t('app.name')}`}</title>
      <h1>{t('notifications.title')}</h1>
      <MyTasks />
      <NoticesList />
    </>
  );
}
