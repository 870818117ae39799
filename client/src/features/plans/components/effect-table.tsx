import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';
import { actionPath } from '@/config/paths';
import { surveyYears } from '@/config/years';
import { formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { useEffectView, type EffectRow } from '../api/get-effect';
import { compareCodes } from '../names';

export interface EffectTableProps {
  planId: number;
  /** One of the plan's indices; its lead index when not given. */
  framework: string | undefined;
  /** The baseline year of that index. */
  baselineYear: number;
  /** The later release; the latest when not given. */
  year: number | undefined;
  onYearChange: (year: number) => void;
  /** How an action's status shows beside its code (action items are their own feature). */
  actionStatus: (status: EffectRow['actions'][number]['status']) => ReactNode;
}

/** Each sub-dimension's change from the baseline to a later release, beside the actions that targeted it. */
export function EffectTable({ planId, framework, baselineYear, year, onYearChange, actionStatus }: EffectTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const laterYears = surveyYears.filter((candidate) => candidate > baselineYear);
  const effect = useEffectView(planId, year, framework, laterYears.length > 0);

  if (laterYears.length === 0) return <p className="empty-state">{t('gaps.effect.noLaterRelease', { baseline: baselineYear })}</p>;
  if (effect.isPending) return <Loading />;
  if (effect.isError) return <ErrorAlert error={effect.error} onRetry={() => void effect.refetch()} showFieldErrors />;
  const data = effect.data;
  const rows = [...data.subDimensions].sort((a, b) => compareCodes(a.code, b.code));
  return (
    <>
      {laterYears.length > 0 && (
        <YearSelect label={t('gaps.effect.yearLabel')} years={laterYears} value={data.surveyYear} onChange={onYearChange} />
      )}
      <p className="lead">
        {t('gaps.effect.summary', { baseline: data.baselineYear, year: data.surveyYear })}
        {data.baselineVersion !== data.frameworkVersion && (
          <>
            {' '}
            <strong>{t('gaps.effect.versionChanged', { from: data.baselineVersion, to: data.frameworkVersion })}</strong>
          </>
        )}
      </p>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('gaps.effect.caption', { baseline: data.baselineYear, year: data.surveyYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.coverage.code')}</th>
              <th scope="col">{t('gaps.coverage.name')}</th>
              <th scope="col" className="numeric">
                {t('gaps.effect.baseline', { year: data.baselineYear })}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.effect.now', { year: data.surveyYear })}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.effect.change')}
              </th>
              <th scope="col">{t('gaps.effect.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <td>{row.code}</td>
                <th scope="row">{localName(row.nameVi, row.nameEn, language)}</th>
                <td className="numeric"><ScoreValue value={row.baseline} /></td>
                <td className="numeric"><ScoreValue value={row.now} /></td>
                <td className="numeric">
                  <ScoreChange delta={row.change} unavailableBecause={row.changeUnavailableBecause} />
                </td>
                <td>
                  {row.actions.length === 0 ? (
                    <span className="note">{t('gaps.effect.noActions')}</span>
                  ) : (
                    <>
                      <ul className="plain-list">
                        {row.actions.map((action) => (
                          <li key={action.id}>
                            <Link to={actionPath(action.id)}>{action.code}</Link> {actionStatus(action.status)}
                            {action.lastPercent != null && <span className="note"> {formatInteger(action.lastPercent, language)}%</span>}
                          </li>
                        ))}
                      </ul>
                      <span className="note">
                        {t('gaps.effect.completed', { done: row.actionsCompleted, total: row.actions.length })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
