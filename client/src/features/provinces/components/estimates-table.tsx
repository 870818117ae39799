import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { EstimateLabel } from '@/components/estimate-label';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatScore } from '@/utils/format';

import type { EstimatedYear } from '../api/get-province-profile';
import { RankText } from './profile-years-table';

const dash = '—';

export interface EstimatesTableProps {
  provinceName: string;
  estimates: readonly EstimatedYear[];
}

/** A merged unit's estimated total per year, newest first, each row labelled unofficial with its inputs. */
export function EstimatesTable({ provinceName, estimates }: EstimatesTableProps) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  if (estimates.length === 0) return <p className="empty-state">{t('provinces.estimates.none')}</p>;
  const rows = [...estimates].sort((a, b) => b.surveyYear - a.surveyYear);
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('provinces.estimates.caption', { name: provinceName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('provinces.estimates.year')}</th>
            <th scope="col" className="numeric">
              {t('provinces.estimates.total')}
            </th>
            <th scope="col">{t('provinces.estimates.rank')}</th>
            <th scope="col">{t('provinces.estimates.from')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ surveyYear, estimate, result }) => (
            <tr key={surveyYear}>
              <th scope="row">{surveyYear}</th>
              <td className="numeric">{result.total.score == null ? dash : formatScore(result.total.score, language)}</td>
              <td>
                <RankText score={result.total} />
              </td>
              <td>
                <EstimateLabel estimate={estimate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
