import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EstimateLabel } from '@/components/estimate-label';
import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { compareNames, formatDate, formatInteger } from '@/utils/format';

import type { RankingRow, RankingView } from '../api/get-rankings';

const dash = '—';

function provinceName(row: RankingRow, language: string): string {
  return language === 'en' && row.provinceNameEn ? row.provinceNameEn : row.provinceNameVi;
}

/** Ranked provinces first by rank, then unranked ones by name in the reader's alphabet. */
export function sortRankingRows(rows: readonly RankingRow[], language: string): RankingRow[] {
  return [...rows].sort((a, b) => {
    const rankA = a.rank ?? Number.POSITIVE_INFINITY;
    const rankB = b.rank ?? Number.POSITIVE_INFINITY;
    if (rankA !== rankB) return rankA - rankB;
    return compareNames(provinceName(a, language), provinceName(b, language), language);
  });
}

export interface RankingsTableProps {
  year: number;
  /** The index ranked: named in the caption and carried to the provinces' profiles. */
  framework: string;
  rows: readonly RankingRow[];
  /** The estimated view adds a column saying, row by row, that the figures are not official. */
  view?: RankingView;
}

export function RankingsTable({ year, framework, rows, view = { kind: 'official' } }: RankingsTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  const caption =
    view.kind === 'estimated'
      ? t('rankings.view.caption', { year, index: framework, date: formatDate(view.asOf, language) })
      : t('rankings.tableCaption', { year, index: framework });
  const unofficial = view.kind === 'estimated' || rows.some((row) => !row.official);

  return (
    <TableScroll captionId={captionId}>
      <table className="rankings-table">
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rankings.columns.rank')}</th>
          <th scope="col">{t('rankings.columns.province')}</th>
          <th scope="col" className="numeric">
            {t('rankings.columns.score')}
          </th>
          <th scope="col" className="numeric">
            {t('rankings.columns.change')}
          </th>
          <th scope="col">{t('rankings.columns.group')}</th>
          {unofficial && <th scope="col">{t('rankings.columns.basis')}</th>}
        </tr>
      </thead>
      <tbody>
        {sortRankingRows(rows, language).map((row) => (
          <tr key={row.provinceId}>
            <td>
              {row.rank == null ? (
                <>
                  <span aria-hidden="true">{dash}</span>{' '}
                  <span className="badge badge-muted">{t('scores.notRanked')}</span>
                </>
              ) : (
                `${formatInteger(row.rank, language)}/${formatInteger(row.rankedOf, language)}`
              )}
            </td>
            <th scope="row">
              <Link to={provincePath(row.provinceId, year, framework)}>{provinceName(row, language)}</Link>
            </th>
            <td className="numeric"><ScoreValue value={row.score} /></td>
            <td className="numeric">
              <ScoreChange
                delta={row.scoreDelta}
                rankChange={row.rankChange}
                unavailableBecause={row.changeUnavailableBecause}
              />
            </td>
            <td>{row.group == null ? dash : t(`scores.groups.${row.group}`)}</td>
            {unofficial && (
              <td>
                <RowBasis row={row} framework={framework} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
      </table>
    </TableScroll>
  );
}

/** Why a row of an estimated ranking is not official: its score is an estimate, or its rank is PapiTracker's. */
function RowBasis({ row, framework }: { row: RankingRow; framework: string }) {
  const { t } = useTranslation();
  if (row.official) return null;
  if (row.estimate != null) {
    return <EstimateLabel estimate={row.estimate} />;
  }
  return (
    <>
      <span className="badge badge-estimate">{t('scores.estimate.unofficial')}</span> {t('rankings.view.ownScore', { index: framework })}
    </>
  );
}
