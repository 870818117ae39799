import { useTranslation } from 'react-i18next';

import { UnitPicker } from '@/features/org-units/components/unit-picker';
import { UsersAdmin } from '@/features/users/components/users-admin';

export function UsersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('users.title')} · ${t('app.name')}`}</title>
      <h1>{t('users.title')}</h1>
      <UsersAdmin renderUnitPicker={(props) => <UnitPicker {...props} />} />
    </>
  );
}
