import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import type { components } from '@/types/api';
import { formatInteger, formatPercent } from '@/utils/format';
import { localName } from '@/utils/names';

type Estimate = components['schemas']['EstimateDto'];
type EstimateInput = components['schemas']['EstimateInputDto'];

export interface EstimateLabelProps {
  estimate: Estimate;
}

function names(units: readonly EstimateInput[], language: string): string {
  return units.map((unit) => localName(unit.nameVi, unit.nameEn, language)).join(', ');
}

/**
 * The words every estimated score carries wherever it is shown: unofficial (and partial when so),
 * the units it is made from and those it lacks, how it is made and, when weighted by population,
 * each unit's figure and weight. An estimate is never shown without them.
 */
export function EstimateLabel({ estimate }: EstimateLabelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { partial, from, missing, method } = estimate;
  const weights =
    method === 'PopulationWeighted'
      ? from
          .map((unit) =>
            t('scores.estimate.weight', {
              name: localName(unit.nameVi, unit.nameEn, language),
              population: unit.population == null ? '' : formatInteger(unit.population, language),
              year: unit.populationYear,
              share: unit.weight == null ? '' : formatPercent(unit.weight, language),
            }),
          )
          .join('; ')
      : null;
  return (
    <>
      <span className="badge badge-estimate">
        {t('scores.estimate.unofficial')}
        {partial && `, ${t('scores.estimate.partial')}`}
      </span>{' '}
      {t('scores.estimate.from', { names: names(from, language) })}
      {missing.length > 0 && ` (${t('scores.estimate.missing', { names: names(missing, language) })})`}
      {`; ${t(`scores.estimate.method.${method}`)}`}
      {weights != null && ` (${weights})`}
    </>
  );
}
