import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { YearRankings } from '@/features/rankings/components/year-rankings';
import { YearSelect } from '@/features/rankings/components/year-select';
import { parseRankingYear } from '@/features/rankings/years';

export function RankingsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseRankingYear(searchParams.get('year'));

  return (
    <>
      <title>{`${t('rankings.title')} · ${t('app.name')}`}</title>
      <h1>{t('rankings.title')}</h1>
      <YearSelect value={year} onChange={(next) => setSearchParams({ year: String(next) })} />
      <YearRankings year={year} />
    </>
  );
}
