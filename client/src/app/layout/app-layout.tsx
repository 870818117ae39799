import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <Link to={paths.rankings} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.nav.label')}>
          <NavLink to={paths.rankings}>{t('app.nav.rankings')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
