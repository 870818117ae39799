import { useTranslation } from 'react-i18next';

import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

import type { Plan, PlanIndex } from '../api/get-plan';

export interface PlanIndexPickerProps {
  plan: Plan;
  /** The index read; the plan's lead index when not given. */
  framework: string | undefined;
  onChange: (framework: string) => void;
}

/** The plan's index a framework code names, its lead index when none (or an unknown one) is named. */
export function planIndexOf(plan: Plan, framework: string | undefined): Pick<PlanIndex, 'framework' | 'baselineYear'> {
  return plan.indices.find((index) => index.framework === framework) ?? { framework: plan.framework, baselineYear: plan.baselineYear };
}

/** Which of the plan's indices a gap-analysis page reads; nothing to pick on a plan over one index. */
export function PlanIndexPicker({ plan, framework, onChange }: PlanIndexPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (plan.indices.length < 2) return null;
  return (
    <div className="filter-form">
      <FormField label={t('plans.indices.picker')}>
        {(control) => (
          <select {...control} value={planIndexOf(plan, framework).framework} onChange={(event) => onChange(event.target.value)}>
            {plan.indices.map((index) => (
              <option key={index.framework} value={index.framework}>
                {`${localName(index.nameVi, index.nameEn, language)} (${index.framework}, ${index.baselineYear})`}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}
