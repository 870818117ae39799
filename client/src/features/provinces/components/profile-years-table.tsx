import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';

import type { ProvinceYearResult, Score } from '../api/get-province-profile';

const dash = '—';

export function RankText({ score }: { score: Score }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (score.rank == null) {
    return (
      <>
        <span aria-hidden="true">{dash}</span> <span className="badge badge-muted">{t('scores.notRanked')}</span>
      </>
    );
  }
  return <>{`${formatInteger(score.rank, language)}/${formatInteger(score.rankedOf, language)}`}</>;
}

export interface ProfileYearsTableProps {
  provinceName: string;
  /** The index the years are of, named in the caption. */
  framework: string;
  years: readonly ProvinceYearResult[];
}

/** One row per survey year, newest first: total, rank of N, group and the change against the year before. */
export function ProfileYearsTable({ provinceName, framework, years }: ProfileYearsTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const rows = [...years].sort((a, b) => b.surveyYear - a.surveyYear);
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('provinces.years.caption', { name: provinceName, index: framework })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('provinces.years.year')}</th>
            <th scope="col" className="numeric">
              {t('provinces.years.total')}
            </th>
            <th scope="col">{t('provinces.years.rank')}</th>
            <th scope="col">{t('provinces.years.group')}</th>
            <th scope="col" className="numeric">
              {t('provinces.years.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((year) => (
            <tr key={year.surveyYear}>
              <th scope="row">{year.surveyYear}</th>
              <td className="numeric"><ScoreValue value={year.total.score} /></td>
              <td>
                <RankText score={year.total} />
              </td>
              <td>{year.total.group == null ? dash : t(`scores.groups.${year.total.group}`)}</td>
              <td className="numeric">
                <ScoreChange
                  delta={year.total.delta}
                  rankChange={year.total.rankChange}
                  unavailableBecause={year.total.changeUnavailableBecause}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
