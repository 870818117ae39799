import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { provincePath } from '@/config/paths';
import { ProvinceProfile } from '@/features/provinces/components/province-profile';
import { parsePositiveInt } from '@/utils/parse';

export function ProvinceProfileRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { provinceId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const id = parsePositiveInt(provinceId);
  const year = parsePositiveInt(searchParams.get('year'));

  if (id === undefined) {
    return (
      <>
        <h1>{t('provinces.title')}</h1>
        <p className="empty-state">{t('provinces.profile.notFound')}</p>
      </>
    );
  }
  return (
    <ProvinceProfile
      key={id}
      provinceId={id}
      year={year}
      onYearChange={(next) => setSearchParams({ year: String(next) }, { replace: true })}
      onProvinceChange={(next) => void navigate(provincePath(next, year))}
    />
  );
}
