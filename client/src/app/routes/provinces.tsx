import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { provincePath } from '@/config/paths';
import { ProvincePicker } from '@/features/provinces/components/province-picker';

export function ProvincesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <title>{`${t('provinces.title')} · ${t('app.name')}`}</title>
      <h1>{t('provinces.title')}</h1>
      <p>{t('provinces.intro')}</p>
      <div className="toolbar">
        <ProvincePicker onPick={(province) => void navigate(provincePath(province.id))} />
      </div>
    </>
  );
}
