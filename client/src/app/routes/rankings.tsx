import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { YearSelect } from '@/components/year-select';
import { parseSurveyYear } from '@/config/years';
import { YearRankings } from '@/features/rankings/components/year-rankings';

export function RankingsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseSurveyYear(searchParams.get('year'));

  return (
    <>
      <title>{`${t('rankings.title')} · ${t('app.name')}`}</title>
      <h1>{t('rankings.title')}</h1>
      <YearSelect value={year} onChange={(next) => setSearchParams({ year: String(next) })} />
      <YearRankings year={year} />
    </>
  );
}
