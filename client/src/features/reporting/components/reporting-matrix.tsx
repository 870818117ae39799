import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { matrixStateOf, useReportingMatrix, type MatrixState } from '../api/get-reporting-matrix';

const states: readonly MatrixState[] = ['Approved', 'Submitted', 'Returned', 'Missing', 'None'];

export interface ReportingMatrixProps {
  year: number;
  /** The unit whose sub-units are the rows; the top of the reader's scope when not given. */
  unitId: number | undefined;
  onDrillDown: (unitId: number, name: string) => void;
}

/** Units × the year's periods, each cell coloured (and labelled) by the state of the reports in it. */
export function ReportingMatrixTable({ year, unitId, onDrillDown }: ReportingMatrixProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const matrix = useReportingMatrix(year, unitId);

  if (matrix.isPending) return <Loading />;
  if (matrix.isError) return <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} showFieldErrors />;
  if (matrix.data.rows.length === 0) return <p className="empty-state">{t('reporting.matrix.empty', { year })}</p>;
  const number = (value: number) => formatInteger(value, language);
  return (
    <>
      <ul className="legend" aria-label={t('reporting.matrix.legend')}>
        {states.map((state) => (
          <li key={state} className={`state-${state}`}>
            {t(`reporting.matrix.state.${state}`)}
          </li>
        ))}
      </ul>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('reporting.matrix.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.matrix.unit')}</th>
              {matrix.data.kinds.map((kind) => (
                <th key={kind} scope="col" className="state-cell">
                  {t(`reporting.period.kind.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.data.rows.map((row) => {
              const name = localName(row.unitNameVi, row.unitNameEn, language);
              return (
                <tr key={row.unitId}>
                  <th scope="row">
                    {row.kind === 'Commune' ? (
                      name
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('reporting.matrix.drillInto', { name })}
                        onClick={() => onDrillDown(row.unitId, name)}
                      >
                        {name}
                      </button>
                    )}
                  </th>
                  {matrix.data.kinds.map((kind) => {
                    const cell = row.cells.find((candidate) => candidate.kind === kind);
                    if (!cell) return <td key={kind} className="state-cell state-None">—</td>;
                    const state = matrixStateOf(cell.counts);
                    return (
                      <td key={kind} className={`state-cell state-${state}`}>
                        {cell.counts.expected === 0 ? '—' : `${number(cell.counts.submitted)}/${number(cell.counts.expected)}`}
                        <br />
                        <span className="note">{t(`reporting.matrix.state.${state}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
