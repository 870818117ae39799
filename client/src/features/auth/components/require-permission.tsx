import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';

import { useMe, type Permission } from '../api/get-me';

export interface RequirePermissionProps {
  permission: Permission;
}

/**
 * Route guard for pages only some users may use: it waits for /me, then shows the page or says the
 * account may not open it. The API refuses the requests of such a page anyway (403).
 */
export function RequirePermission({ permission }: RequirePermissionProps) {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data.permissions.includes(permission)) {
    return (
      <>
        <title>{`${t('app.noAccess.title')} · ${t('app.name')}`}</title>
        <h1>{t('app.noAccess.title')}</h1>
        <p>{t('app.noAccess.body')}</p>
      </>
    );
  }
  return <Outlet />;
}
