import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ActionDetail } from '@/features/action-items/components/action-detail';
import { useMe, usePermissions } from '@/features/auth/api/get-me';
import { parsePositiveInt } from '@/utils/parse';

export function ActionRoute() {
  const { t } = useTranslation();
  const { actionId } = useParams();
  const id = parsePositiveInt(actionId);
  const permissions = usePermissions();
  const me = useMe();
  if (id === undefined) {
    return (
      <>
        <h1>{t('actions.detail.title')}</h1>
        <p className="empty-state">{t('actions.notFound')}</p>
      </>
    );
  }
  const myUnits = (me.data?.roles ?? []).flatMap((role) => (role.unitId == null ? [] : [role.unitId]));
  return (
    <ActionDetail
      key={id}
      actionId={id}
      canEdit={permissions.has('ManagePlans')}
      canRecord={permissions.has('RecordProgress')}
      preferredUnitIds={myUnits}
    />
  );
}
