import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import type { ReportingPeriod } from '../api/get-reporting-periods';

/** "Báo cáo quý · 2021 (01/01/2021–31/03/2021), hạn 20/03/2021" */
export function usePeriodLabel(): (period: ReportingPeriod) => string {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (period) =>
    t('reporting.period.label', {
      kind: t(`reporting.period.kind.${period.kind}`),
      year: period.year,
      from: formatDate(period.coverageFrom, language),
      to: formatDate(period.coverageTo, language),
      due: formatDate(period.dueOn, language),
    });
}

export interface PeriodSelectProps {
  periods: readonly ReportingPeriod[];
  value: number | undefined;
  onChange: (periodId: number) => void;
}

export function PeriodSelect({ periods, value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = usePeriodLabel();
  const sorted = [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <div className="field">
      <label htmlFor={id}>{t('reporting.period.select')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {value === undefined && <option value="">{t('reporting.period.choose')}</option>}
        {sorted.map((period) => (
          <option key={period.id} value={period.id}>
            {label(period)}
          </option>
        ))}
      </select>
    </div>
  );
}
