import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { IndexScaleContext } from '@/components/index-scale-context';
import { FrameworkPicker } from '@/features/frameworks/components/framework-picker';
import { parseFramework, withFramework } from '@/features/frameworks/framework-param';
import { useChosenIndex } from '@/features/frameworks/hooks/use-chosen-index';
import { maxComparedProvinces } from '@/features/provinces/api/compare-provinces';
import { ProvinceComparison } from '@/features/provinces/components/province-comparison';
import { parsePositiveInt } from '@/utils/parse';

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
  const index = useChosenIndex(parseFramework(searchParams.get('framework')), parsePositiveInt(searchParams.get('year')));
  const year = index.year;
  const go = (nextIds: readonly number[], nextYear: number | undefined, framework = index.code) => {
    const next = new URLSearchParams();
    if (nextIds.length > 0) next.set('ids', nextIds.join(','));
    if (nextYear !== undefined) next.set('year', String(nextYear));
    setSearchParams(withFramework(next, framework));
  };

  return (
    <>
      <title>{`${t('compare.title')} · ${t('app.name')}`}</title>
      <h1>{t('compare.title')}</h1>
      <p>{t('compare.intro', { max: maxComparedProvinces })}</p>
      <IndexScaleContext value={index.scale}>
        <ProvinceComparison
          provinceIds={ids}
          framework={index.code}
          years={index.years}
          indexPicker={<FrameworkPicker value={index.code} year={year} onChange={(framework) => go(ids, undefined, framework)} />}
          year={year}
          onProvinceIdsChange={(next) => go(next, year)}
          onYearChange={(next) => go(ids, next)}
        />
      </IndexScaleContext>
    </>
  );
}
