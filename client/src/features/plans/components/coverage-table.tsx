import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { useCoverage, type CoverageRow } from '../api/get-coverage';
import { compareCodes } from '../names';

const dash = '—';

/**
 * Gap analysis: every sub-dimension of the plan's baseline with its score, change, rank and group, and
 * how many actions target it. Sub-dimensions that declined and have no action are the gaps, marked in
 * words as well as colour.
 */
export function CoverageTable({ planId, framework }: { planId: number; framework: string | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const onlyGapsId = useId();
  const coverage = useCoverage(planId, framework);
  const [onlyGaps, setOnlyGaps] = useState(false);

  if (coverage.isPending) return <Loading />;
  if (coverage.isError) return <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const all = [...coverage.data.subDimensions].sort((a, b) => compareCodes(a.code, b.code));
  const gaps = all.filter((row) => row.isGap).length;
  const rows = onlyGaps ? all.filter((row) => row.isGap) : all;

  return (
    <>
      <p className="lead">
        {t('gaps.coverage.summary', {
          year: coverage.data.baselineYear,
          version: coverage.data.frameworkVersion,
          count: gaps,
          formatted: formatInteger(gaps, language),
        })}
      </p>
      <div className="checkbox">
        <input id={onlyGapsId} type="checkbox" checked={onlyGaps} onChange={(event) => setOnlyGaps(event.target.checked)} />
        <label htmlFor={onlyGapsId}>{t('gaps.coverage.onlyGaps')}</label>
      </div>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('gaps.coverage.caption', { year: coverage.data.baselineYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.coverage.code')}</th>
              <th scope="col">{t('gaps.coverage.name')}</th>
              <th scope="col" className="numeric">
                {t('gaps.coverage.score')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.coverage.change')}
              </th>
              <th scope="col">{t('gaps.coverage.rank')}</th>
              <th scope="col">{t('gaps.coverage.group')}</th>
              <th scope="col" className="numeric">
                {t('gaps.coverage.actions')}
              </th>
              <th scope="col">{t('gaps.coverage.assessment')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} className={row.isGap ? 'gap-row' : undefined}>
                <td>{row.code}</td>
                <th scope="row">{localName(row.nameVi, row.nameEn, language)}</th>
                <td className="numeric"><ScoreValue value={row.score} /></td>
                <td className="numeric">
                  <ScoreChange delta={row.delta} unavailableBecause={row.changeUnavailableBecause} />
                </td>
                <td>{row.rank == null ? dash : `${formatInteger(row.rank, language)}/${formatInteger(row.rankedOf, language)}`}</td>
                <td>{row.group == null ? dash : t(`scores.groups.${row.group}`)}</td>
                <td className="numeric">{formatInteger(row.actions, language)}</td>
                <td>
                  <Assessment row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function Assessment({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  if (row.isGap) return <strong className="badge badge-revoked">{t('gaps.coverage.gap')}</strong>;
  if (row.declined && row.actions > 0) return <span className="badge badge-replaced">{t('gaps.coverage.declinedCovered')}</span>;
  if (row.inBottomGroups) return <span className="badge badge-expired">{t('gaps.coverage.weak')}</span>;
  return <span className="note">{dash}</span>;
}
