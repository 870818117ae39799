import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { rankingYears } from '../years';

export interface YearSelectProps {
  value: number;
  onChange: (year: number) => void;
}

export function YearSelect({ value, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('rankings.yearLabel')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {rankingYears.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
