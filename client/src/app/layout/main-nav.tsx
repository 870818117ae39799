import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';
import { usePermissions, type Permission } from '@/features/auth/api/get-me';

type NavKey = 'units' | 'apiTokens' | 'users' | 'audit' | 'scoreImport';

/** Administration pages and the permission each needs; the API enforces the same on every request. */
const adminLinks: readonly { key: NavKey; to: string; permission: Permission }[] = [
  { key: 'units', to: paths.units, permission: 'ReadUnits' },
  { key: 'users', to: paths.users, permission: 'ManageUsers' },
  { key: 'apiTokens', to: paths.apiTokens, permission: 'ManageApiTokens' },
  { key: 'audit', to: paths.audit, permission: 'ReadAudit' },
  { key: 'scoreImport', to: paths.scoreImport, permission: 'ImportScores' },
];

/** The pages the signed-in user may open: everyone reads scores; administration by permission. */
export function MainNav() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const admin = adminLinks.filter((link) => permissions.has(link.permission));
  return (
    <>
      <nav aria-label={t('app.nav.label')} className="main-nav">
        <ul>
          <li>
            <NavLink to={paths.overview}>{t('app.nav.overview')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.rankings}>{t('app.nav.rankings')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.provinces}>{t('app.nav.provinces')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.compare}>{t('app.nav.compare')}</NavLink>
          </li>
          {permissions.has('ReadPlans') && (
            <li>
              <NavLink to={paths.plans}>{t('app.nav.plans')}</NavLink>
            </li>
          )}
          {permissions.has('ReadPlans') && (
            <li>
              <NavLink to={paths.obligations}>{t('app.nav.reporting')}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      {admin.length > 0 && (
        <nav aria-label={t('app.nav.admin')} className="main-nav admin-nav">
          <ul>
            {admin.map((link) => (
              <li key={link.key}>
                <NavLink to={link.to}>{t(`app.nav.${link.key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
