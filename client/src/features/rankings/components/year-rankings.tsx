import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import { useRankings, type RankingView } from '../api/get-rankings';
import { RankingsTable } from './rankings-table';

export interface YearRankingsProps {
  year: number;
  /** The index ranked (PAPI, PCI …). */
  framework: string;
  /** Official (the units scored) by default. */
  view?: RankingView;
}

/** The rankings of one year with its loading, error and empty states (no release, or no rows). */
export function YearRankings({ year, framework, view = { kind: 'official' } }: YearRankingsProps) {
  const { t } = useTranslation();
  const rankings = useRankings(year, framework, view);

  if (rankings.isPending) return <Loading />;
  if (rankings.isError) {
    return <ErrorAlert error={rankings.error} onRetry={() => void rankings.refetch()} />;
  }
  if (rankings.data === null) return <p className="empty-state">{t('rankings.noRelease', { year, index: framework })}</p>;
  if (rankings.data.items.length === 0) return <p className="empty-state">{t('rankings.empty', { year })}</p>;
  return (
    <>
      {view.kind === 'estimated' && (
        <p className="note">{t('rankings.view.note', { year, index: framework, date: formatDate(view.asOf, currentLanguage()) })}</p>
      )}
      <RankingsTable year={year} framework={framework} rows={rankings.data.items} view={view} />
    </>
  );
}
