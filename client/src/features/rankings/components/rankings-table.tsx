import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { compareNames, formatInteger } from '@/utils/format';

import type { RankingRow } from '../api/get-rankings';

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
  rows: readonly RankingRow[];
}

export function RankingsTable({ year, rows }: RankingsTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();

  return (
    <TableScroll captionId={captionId}>
      <table className="rankings-table">
      <caption id={captionId}>{t('rankings.tableCaption', { year })}</caption>
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
              <Link to={provincePath(row.provinceId, year)}>{provinceName(row, language)}</Link>
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
          </tr>
        ))}
      </tbody>
      </table>
    </TableScroll>
  );
}
