import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { useSessionStatus } from '@/features/auth/api/session';
import { UserMenu } from '@/features/auth/components/user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const signedIn = useSessionStatus() === 'signed-in';
  return (
    <div className="app">
      <header className="app-header">
        <Link to={signedIn ? paths.rankings : paths.signIn} className="brand">
          {t('app.name')}
        </Link>
        {signedIn && (
          <nav aria-label={t('app.nav.label')}>
            <NavLink to={paths.rankings}>{t('app.nav.rankings')}</NavLink>
          </nav>
        )}
        <LanguageSwitch />
        {signedIn && <UserMenu />}
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
