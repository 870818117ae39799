import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { parseSurveyYear } from '@/config/years';
import { maxComparedProvinces } from '@/features/provinces/api/compare-provinces';
import { ProvinceComparison } from '@/features/provinces/components/province-comparison';

/** Province ids from the address (`ids=12,1`): whole numbers, each once, at most the API's limit. */
function parseIds(value: string | null): number[] {
  const ids = (value ?? '')
    .split(',')
    .filter((part) => /^\d{1,9}$/.test(part))
    .map(Number)
    .filter((id) => id > 0);
  return [...new Set(ids)].slice(0, maxComparedProvinces);
}

export function CompareRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const ids = parseIds(searchParams.get('ids'));
  const year = parseSurveyYear(searchParams.get('year'));
  const go = (nextIds: readonly number[], nextYear: number) => {
    const next = new URLSearchParams();
    if (nextIds.length > 0) next.set('ids', nextIds.join(','));
    next.set('year', String(nextYear));
    setSearchParams(next);
  };

  return (
    <>
      <title>{`${t('compare.title')} · ${t('app.name')}`}</title>
      <h1>{t('compare.title')}</h1>
      <p>{t('compare.intro', { max: maxComparedProvinces })}</p>
      <ProvinceComparison
        provinceIds={ids}
        year={year}
        onProvinceIdsChange={(next) => go(next, year)}
        onYearChange={(next) => go(ids, next)}
      />
    </>
  );
}
