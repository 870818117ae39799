import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { compareNames, formatInteger, formatScore, formatScoreDelta } from '@/utils/format';

import type { RankingRow } from '../api/get-rankings';

const dash = '—';

type Translate = ReturnType<typeof useTranslation>['t'];

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
  const { t } = useTranslation();
  const language = currentLanguage();

  return (
    <table className="rankings-table">
      <caption>{t('rankings.tableCaption', { year })}</caption>
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
                  <span className="badge badge-muted">{t('rankings.notRanked')}</span>
                </>
              ) : (
                `${formatInteger(row.rank, language)}/${formatInteger(row.rankedOf, language)}`
              )}
            </td>
            <th scope="row">{provinceName(row, language)}</th>
            <td className="numeric">{row.score == null ? dash : formatScore(row.score, language)}</td>
            <td className="numeric">
              <ChangeCell row={row} language={language} t={t} />
            </td>
            <td>{row.group == null ? dash : t(`rankings.groups.${row.group}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangeCell({ row, language, t }: { row: RankingRow; language: string; t: Translate }) {
  if (row.scoreDelta == null) {
    return (
      <>
        {dash}
        {row.changeUnavailableBecause != null && (
          <span className="note"> ({t(`rankings.changeUnavailable.${row.changeUnavailableBecause}`)})</span>
        )}
      </>
    );
  }
  return (
    <>
      {formatScoreDelta(row.scoreDelta, language)}
      {row.rankChange != null && <span className="note"> ({rankChangeText(row.rankChange, t)})</span>}
    </>
  );
}

function rankChangeText(rankChange: number, t: Translate): string {
  if (rankChange > 0) return t('rankings.rankChange.up', { count: rankChange });
  if (rankChange < 0) return t('rankings.rankChange.down', { count: -rankChange });
  return t('rankings.rankChange.same');
}
