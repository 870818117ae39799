import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useUnreadNotices, type NoticeKind } from '../api/get-notifications';
import { NoticeList } from './notices-list';

/** The notices that ask for action, most pressing first. */
const taskKinds: readonly NoticeKind[] = ['Overdue', 'ReportReturned', 'DueIn2Days', 'DueIn7Days'];

/** "My tasks": the unread notices about overdue, returned and soon-due reports. */
export function MyTasks() {
  const { t } = useTranslation();
  const headingId = useId();
  const unread = useUnreadNotices();
  if (!unread.data) return null;
  const tasks = unread.data.notices.items
    .filter((notice) => taskKinds.includes(notice.kind))
    .sort((a, b) => taskKinds.indexOf(a.kind) - taskKinds.indexOf(b.kind) || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  return (
    <section>
      <h2 id={headingId}>{t('notifications.tasks')}</h2>
      {tasks.length === 0 ? <p className="empty-state">{t('notifications.noTasks')}</p> : <NoticeList notices={tasks} labelledBy={headingId} sorted={false} />}
    </section>
  );
}

