import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';

import { useUnreadCount } from '../api/get-notifications';

/**
 * The header's link to the notices, with how many are unread (asked again every minute). Its name is
 * its own text plus the count in words for screen readers, so what is seen and what is heard agree.
 */
export function NotificationsBadge() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <NavLink to={paths.notifications} className="notifications-link">
      {t('notifications.title')}
      <span className="visually-hidden">{t('notifications.badgeUnread', { count })}</span>
      {count > 0 && (
        <span className="badge badge-unread" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
