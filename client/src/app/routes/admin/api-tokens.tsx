import { useTranslation } from 'react-i18next';

import { ApiTokensAdmin } from '@/features/api-tokens/components/api-tokens-admin';
import { UnitPicker } from '@/features/org-units/components/unit-picker';

export function ApiTokensRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('apiTokens.title')} · ${t('app.name')}`}</title>
      <h1>{t('apiTokens.title')}</h1>
      <p>{t('apiTokens.intro')}</p>
      <ApiTokensAdmin renderUnitPicker={(props) => <UnitPicker {...props} />} />
    </>
  );
}
