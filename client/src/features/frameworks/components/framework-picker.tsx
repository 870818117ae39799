import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';
import { scaleOf } from '@/utils/index-scale';
import { localName } from '@/utils/names';

import { useScoredFrameworks } from '../api/get-frameworks';

export interface FrameworkPickerProps {
  /** The code of the index shown (PAPI, PCI …). */
  value: string;
  onChange: (code: string) => void;
  /** The survey year shown: the scale is that year's version's (the newest version's when not given). */
  year?: number | undefined;
}

/**
 * Which index a page shows: every index with a release, and under it the chosen one's scale and direction
 * ("Thang điểm 0–100, điểm càng cao càng tốt"). Nothing to pick before any index has a release.
 */
export function FrameworkPicker({ value, onChange, year }: FrameworkPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const frameworks = useScoredFrameworks();
  if (frameworks.isPending || frameworks.isError) return null;
  if (frameworks.data.length === 0) return <p className="empty-state">{t('frameworks.picker.none')}</p>;
  const chosen = frameworks.data.find((framework) => framework.code === value);
  const scale = chosen ? scaleOf(chosen, year) : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{t('frameworks.picker.label')}</label>
      <select id={id} value={chosen ? value : ''} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-scale`}>
        {!chosen && <option value="">{value}</option>}
        {frameworks.data.map((framework) => (
          <option key={framework.code} value={framework.code}>
            {framework.code === localName(framework.nameVi, framework.nameEn, language)
              ? framework.code
              : `${framework.code} · ${localName(framework.nameVi, framework.nameEn, language)}`}
          </option>
        ))}
      </select>
      <span id={`${id}-scale`} className="note">
        {scale
          ? t('frameworks.scale', {
              // Whole numbers: PAPI's total, 7.96–79.96 by its parts' scales, reads as 8–80.
              min: formatInteger(scale.total.min, language),
              max: formatInteger(scale.total.max, language),
              direction: t(scale.higherIsBetter ? 'frameworks.higherIsBetter' : 'frameworks.lowerIsBetter'),
            })
          : t('frameworks.picker.unknown', { code: value })}
      </span>
    </div>
  );
}
