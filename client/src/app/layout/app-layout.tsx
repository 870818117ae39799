import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useSessionStatus } from '@/features/auth/api/session';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationsBadge } from '@/features/notifications/components/notifications-badge';
import { useOutboxSync } from '@/lib/offline/use-outbox';

import { HeaderMenu } from './header-menu';
import { MainNav } from './main-nav';

/** Sends what the signed-in user typed offline once the connection returns, whichever page is open. */
function OutboxSync() {
  const me = useMe();
  useOutboxSync(me.data?.user?.id ?? undefined);
  return null;
}

export function AppLayout() {
  const { t } = useTranslation();
  const signedIn = useSessionStatus() === 'signed-in';
  return (
    <div className="app">
      <header className="app-header">
        <Link to={signedIn ? paths.rankings : paths.signIn} className="brand">
          {t('app.name')}
        </Link>
        {signedIn && <OutboxSync />}
        {signedIn ? (
          <HeaderMenu>
            <MainNav />
            <div className="header-end">
              <NotificationsBadge />
              <LanguageSwitch />
              <UserMenu />
            </div>
          </HeaderMenu>
        ) : (
          <div className="header-end">
            <LanguageSwitch />
          </div>
        )}
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
