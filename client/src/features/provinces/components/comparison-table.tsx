import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { localName } from '@/utils/names';

import type { ComparedProvince, ProvinceComparison } from '../api/compare-provinces';
import { compareCodes, provinceName } from '../names';
import { RankText } from './profile-years-table';

const dash = '—';

interface Measure {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** The dimensions named in the comparison, in code order, from whichever provinces have results. */
function measuresOf(provinces: readonly ComparedProvince[]): Measure[] {
  const byCode = new Map<string, Measure>();
  for (const { result } of provinces) {
    for (const dimension of result?.dimensions ?? []) {
      if (!byCode.has(dimension.code)) byCode.set(dimension.code, dimension);
    }
  }
  return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}

export interface ComparisonTableProps {
  comparison: ProvinceComparison;
  /** Carried to the provinces' profiles. */
  framework: string;
}

/** Provinces as columns, in the order chosen; the total and each dimension as rows. */
export function ComparisonTable({ comparison, framework }: ComparisonTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  const { provinces } = comparison;
  const measures = measuresOf(provinces);

  return (
    <TableScroll captionId={captionId}>
      <table className="data-table comparison-table">
        <caption id={captionId}>{t('compare.caption', { year: comparison.surveyYear, version: comparison.frameworkVersion })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.measure')}</th>
            {provinces.map(({ province }) => (
              <th key={province.id} scope="col" className="numeric">
                <Link to={provincePath(province.id, comparison.surveyYear, framework)}>{provinceName(province, language)}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="dimension-row">
            <th scope="row">{t('compare.total')}</th>
            {provinces.map(({ province, result }) => (
              <td key={province.id} className="numeric">
                {result?.total.score == null ? (
                  <>
                    {dash} <span className="note">{t('compare.notScored')}</span>
                  </>
                ) : (
                  <ScoreValue value={result.total.score} />
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.rank')}</th>
            {provinces.map(({ province, result }) => (
              <td key={province.id} className="numeric">
                {result ? <RankText score={result.total} /> : dash}
              </td>
            ))}
          </tr>
          {measures.map((measure) => (
            <tr key={measure.code}>
              <th scope="row">
                {measure.code}. {localName(measure.nameVi, measure.nameEn, language)}
              </th>
              {provinces.map(({ province, result }) => {
                const score = result?.dimensions.find((dimension) => dimension.code === measure.code)?.score.score;
                return (
                  <td key={province.id} className="numeric">
                    <ScoreValue value={score} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
