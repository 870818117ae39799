import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { useProvinceStandings } from '../api/get-province-standings';

/**
 * Every index the province is scored on, each in its latest year: total (to the index's own decimals),
 * rank of N and the change, coloured by the index's direction; each links to the province's profile on it.
 */
export function IndexStandings({ provinceId }: { provinceId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const standings = useProvinceStandings(provinceId);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.indices.heading')}</h2>
      {standings.isPending ? (
        <Loading />
      ) : standings.isError ? (
        <ErrorAlert error={standings.error} onRetry={() => void standings.refetch()} />
      ) : standings.data.length === 0 ? (
        <p className="empty-state">{t('overview.indices.none')}</p>
      ) : (
        <TableScroll captionId={`${headingId}-caption`}>
          <table className="data-table">
            <caption id={`${headingId}-caption`}>{t('overview.indices.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.indices.index')}</th>
                <th scope="col" className="numeric">{t('overview.indices.year')}</th>
                <th scope="col" className="numeric">{t('overview.indices.score')}</th>
                <th scope="col" className="numeric">{t('overview.indices.rank')}</th>
                <th scope="col" className="numeric">{t('overview.indices.change')}</th>
              </tr>
            </thead>
            <tbody>
              {standings.data.map((standing) => (
                <tr key={standing.framework}>
                  <th scope="row">
                    <Link to={provincePath(provinceId, standing.surveyYear, standing.framework)}>{standing.framework}</Link>{' '}
                    <span className="note">{localName(standing.nameVi, standing.nameEn, language)}</span>
                  </th>
                  <td className="numeric">{standing.surveyYear}</td>
                  <td className="numeric">
                    <ScoreValue value={standing.total.score} decimals={standing.publishedDecimals} />
                  </td>
                  <td className="numeric">
                    {standing.total.rank == null
                      ? t('scores.notRanked')
                      : `${formatInteger(standing.total.rank, language)}/${formatInteger(standing.total.rankedOf, language)}`}
                  </td>
                  <td className="numeric">
                    <ScoreChange
                      delta={standing.total.delta}
                      rankChange={standing.total.rankChange}
                      unavailableBecause={standing.total.changeUnavailableBecause}
                      decimals={standing.publishedDecimals}
                      higherIsBetter={standing.higherIsBetter}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
