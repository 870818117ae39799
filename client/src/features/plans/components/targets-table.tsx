import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatInteger, formatScore } from '@/utils/format';

import type { TargetKind, TargetProgress, TargetYearValue } from '../api/get-plan';

export interface TargetsTableProps {
  targets: readonly TargetProgress[];
  targetYear: number;
  /** Name each target's index: the plan answers several. */
  showIndex?: boolean;
}

const dash = '—';

function formatTargetValue(kind: TargetKind, value: number, language: string): string {
  return kind === 'TotalRank' ? formatInteger(value, language) : formatScore(value, language);
}

/** Each target of a plan: the goal, where the baseline stood, each release since, and whether it was met. */
export function TargetsTable({ targets, targetYear, showIndex = false }: TargetsTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  if (targets.length === 0) return <p className="empty-state">{t('plans.targets.none')}</p>;

  const kindLabel = (target: TargetProgress) =>
    target.kind === 'DimensionScore' || target.kind === 'SubDimensionScore'
      ? t(`plans.targets.kind.${target.kind}`, { code: target.code ?? '' })
      : t(`plans.targets.kind.${target.kind}`);
  const label = (target: TargetProgress) => (showIndex ? `${target.framework} · ${kindLabel(target)}` : kindLabel(target));
  // A derived score reads to two decimals with its unrounded value in the tooltip; a rank is a whole number.
  const value = (kind: TargetKind, year: TargetYearValue | null | undefined) =>
    year?.value == null ? dash : kind === 'TotalRank' ? formatInteger(year.value, language) : <ScoreValue value={year.value} />;

  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('plans.targets.caption', { year: targetYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.targets.target')}</th>
            <th scope="col">{t('plans.targets.goal')}</th>
            <th scope="col">{t('plans.targets.baseline')}</th>
            <th scope="col">{t('plans.targets.since')}</th>
            <th scope="col">{t('plans.targets.result', { year: targetYear })}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target, index) => {
            const since = [...target.since].sort((a, b) => a.surveyYear - b.surveyYear);
            const note = language === 'en' ? (target.noteEn ?? target.noteVi) : target.noteVi;
            return (
              <tr key={`${target.kind}-${target.code ?? ''}-${index}`}>
                <th scope="row">
                  {label(target)}
                  {note && <div className="note">{note}</div>}
                </th>
                <td>
                  {t(target.lowerIsBetter ? 'plans.targets.atMost' : 'plans.targets.atLeast', {
                    value: formatTargetValue(target.kind, target.value, language),
                  })}
                </td>
                <td>
                  {target.baseline ? (
                    <>
                      {value(target.kind, target.baseline)} <span className="note">({target.baseline.surveyYear})</span>
                    </>
                  ) : (
                    dash
                  )}
                </td>
                <td>
                  {since.length === 0 ? (
                    <span className="note">{t('plans.targets.noRelease')}</span>
                  ) : (
                    <ul className="plain-list">
                      {since.map((year) => (
                        <li key={year.surveyYear}>
                          {year.surveyYear}: {value(target.kind, year)} <MetBadge met={year.met} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <MetBadge met={target.metInTargetYear} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function MetBadge({ met }: { met: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (met == null) return <span className="badge badge-muted">{t('plans.targets.unknown')}</span>;
  return met ? <span className="badge badge-new">{t('plans.targets.met')}</span> : <span className="badge badge-expired">{t('plans.targets.notMet')}</span>;
}
