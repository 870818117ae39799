import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { surveyYears } from '@/config/years';

export interface YearSelectProps {
  value: number;
  onChange: (year: number) => void;
  /** Defaults to "Year". */
  label?: string;
  years?: readonly number[];
}

export function YearSelect({ value, onChange, label, years = surveyYears }: YearSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('common.year')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
