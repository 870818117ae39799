import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { currentLanguage } from '@/config/i18n';
import { reportPath } from '@/config/paths';
import { formatDateTime } from '@/utils/format';

import { noticesPageSize, useNotifications, type Notice } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { useNoticeText } from './notice-text';

function newestFirst(a: Notice, b: Notice): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

/** One notice: what it says, when, a link to its report in its period (a webhook's notice has none) and, while unread, a button to mark it read. */
function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const text = useNoticeText()(notice);
  const markRead = useMarkNotificationsRead();
  const unread = notice.readAt == null;
  return (
    <li className={unread ? 'notice notice-unread' : 'notice'}>
      <h3 className="notice-text">
        {unread && (
          <>
            <span className="badge badge-new">{t('notifications.unread')}</span>{' '}
          </>
        )}
        {text}
      </h3>
      <p className="note">
        <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, language)}</time>
      </p>
      <p className="notice-actions">
        {notice.obligationId != null && (
          <Link to={reportPath(notice.obligationId, notice.periodId ?? undefined)} aria-label={t('notifications.openFor', { text })}>
            {t('notifications.open')}
          </Link>
        )}
        {unread && (
          <button
            type="button"
            disabled={markRead.isPending}
            aria-label={t('notifications.markReadFor', { text })}
            onClick={() => markRead.mutate([notice.id])}
          >
            {t('notifications.markRead')}
          </button>
        )}
      </p>
      {markRead.isError && <ErrorAlert error={markRead.error} />}
    </li>
  );
}

export interface NoticeListProps {
  notices: readonly Notice[];
  labelledBy: string;
  /** False keeps the given order; otherwise newest first. */
  sorted?: boolean;
}

export function NoticeList({ notices, labelledBy, sorted = true }: NoticeListProps) {
  const ordered = sorted ? [...notices].sort(newestFirst) : notices;
  return (
    <ul className="notice-list" aria-labelledby={labelledBy}>
      {ordered.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </ul>
  );
}

/** Every notice of the reader, newest first, a page at a time, with "mark all read". */
export function NoticesList() {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const notices = useNotifications(page);
  const markAll = useMarkNotificationsRead();

  if (notices.isPending) return <Loading />;
  if (notices.isError) return <ErrorAlert error={notices.error} onRetry={() => void notices.refetch()} />;
  const { unread, notices: list } = notices.data;
  return (
    <section>
      <h2 id={headingId}>{t('notifications.all')}</h2>
      <div className="toolbar">
        <p role="status">{t('notifications.unreadCount', { count: unread })}</p>
        {unread > 0 && (
          <button type="button" disabled={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {markAll.isError && <ErrorAlert error={markAll.error} />}
      {list.items.length === 0 ? (
        <p className="empty-state">{t('notifications.empty')}</p>
      ) : (
        <>
          <NoticeList notices={list.items} labelledBy={headingId} />
          <Pagination page={page} pageSize={noticesPageSize} totalCount={list.totalCount} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
