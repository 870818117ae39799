import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

interface NamedUnit {
  nameVi: string;
  nameEn?: string | null;
}

export interface EstimateLabelProps {
  /** Some predecessor had no score, and the estimate is the mean of those that had one. */
  partial: boolean;
  from: readonly NamedUnit[];
  missing: readonly NamedUnit[];
}

function names(units: readonly NamedUnit[], language: string): string {
  return units.map((unit) => localName(unit.nameVi, unit.nameEn, language)).join(', ');
}

/**
 * The words every estimated score carries wherever it is shown: unofficial (and partial when so),
 * the units it is made from and those it lacks. An estimate is never shown without them.
 */
export function EstimateLabel({ partial, from, missing }: EstimateLabelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <span className="badge badge-estimate">
        {t('scores.estimate.unofficial')}
        {partial && `, ${t('scores.estimate.partial')}`}
      </span>{' '}
      {t('scores.estimate.from', { names: names(from, language) })}
      {missing.length > 0 && ` (${t('scores.estimate.missing', { names: names(missing, language) })})`}
    </>
  );
}
