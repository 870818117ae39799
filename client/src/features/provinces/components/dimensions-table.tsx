import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

import type { ProvinceYearResult } from '../api/get-province-profile';
import { compareCodes } from '../names';
import { RankText } from './profile-years-table';


export interface DimensionsTableProps {
  provinceName: string;
  result: ProvinceYearResult;
}

/** The eight dimensions of one year, each followed by its sub-dimensions, with values and changes. */
export function DimensionsTable({ provinceName, result }: DimensionsTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  const dimensions = [...result.dimensions].sort((a, b) => compareCodes(a.code, b.code));
  if (dimensions.length === 0) {
    return <p className="empty-state">{t('provinces.dimensions.none', { year: result.surveyYear })}</p>;
  }
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table dimensions-table">
        <caption id={captionId}>
          {t('provinces.dimensions.caption', {
            name: provinceName,
            year: result.surveyYear,
            version: result.frameworkVersion,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('provinces.dimensions.code')}</th>
            <th scope="col">{t('provinces.dimensions.name')}</th>
            <th scope="col" className="numeric">
              {t('provinces.dimensions.value')}
            </th>
            <th scope="col">{t('provinces.dimensions.rank')}</th>
            <th scope="col" className="numeric">
              {t('provinces.dimensions.change')}
            </th>
          </tr>
        </thead>
        {dimensions.map((dimension) => (
          <tbody key={dimension.code}>
            <tr className="dimension-row">
              <td>{dimension.code}</td>
              <th scope="row">{localName(dimension.nameVi, dimension.nameEn, language)}</th>
              <td className="numeric"><ScoreValue value={dimension.score.score} /></td>
              <td>
                <RankText score={dimension.score} />
              </td>
              <td className="numeric">
                <ScoreChange
                  delta={dimension.score.delta}
                  rankChange={dimension.score.rankChange}
                  unavailableBecause={dimension.score.changeUnavailableBecause}
                />
              </td>
            </tr>
            {[...dimension.subDimensions]
              .sort((a, b) => compareCodes(a.code, b.code))
              .map((sub) => (
                <tr key={sub.code} className="sub-dimension-row">
                  <td>{sub.code}</td>
                  <th scope="row">{localName(sub.nameVi, sub.nameEn, language)}</th>
                  <td className="numeric"><ScoreValue value={sub.value} /></td>
                  <td />
                  <td className="numeric">
                    <ScoreChange delta={sub.delta} unavailableBecause={sub.changeUnavailableBecause} />
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
