import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';

import { useUnreadCount } from '../api/get-notifications';

/** The header's link to the notices, with how many are unread (asked again every minute). */
export function NotificationsBadge() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <NavLink to={paths.notifications} className="notifications-link" aria-label={t('notifications.badgeLabel', { count })}>
      {t('notifications.title')}
      {count > 0 && (
        <span className="badge badge-unread" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
