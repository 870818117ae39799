import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { useSessionStatus } from '@/features/auth/api/session';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationsBadge } from '@/features/notifications/components/notifications-badge';

import { HeaderMenu } from './header-menu';
import { MainNav } from './main-nav';

export function AppLayout() {
  const { t } = useTranslation();
  const signedIn = useSessionStatus() === 'signed-in';
  return (
    <div className="app">
      <header className="app-header">
        <Link to={signedIn ? paths.rankings : paths.signIn} className="brand">
          {t('app.name')}
        </Link>
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
