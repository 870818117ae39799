import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Combobox, type ComboboxStatus } from '@/components/combobox';
import { currentLanguage } from '@/config/i18n';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import type { UnitPickerProps } from '@/types/unit-picker';
import { compareNames } from '@/utils/format';

import { useOrgUnitSearch, type OrgUnit } from '../api/search-org-units';
import { unitName } from '../names';

/**
 * Chooses a unit of the caller's scope by name or code (accent-insensitive, searched by the API).
 * Editing the text after a choice clears the choice, so the box never shows one unit while meaning another.
 */
export function UnitPicker({ label, onChange, hint, disabled, invalid, describedBy }: UnitPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<OrgUnit | null>(null);
  const typed = chosen === null ? text.trim() : '';
  const search = useDebouncedValue(typed);
  const found = useOrgUnitSearch(search);

  const options = chosen === null ? [...(found.data?.items ?? [])] : [];
  options.sort((a, b) => compareNames(unitName(a, language), unitName(b, language), language));
  let status: ComboboxStatus = 'ready';
  if (typed === '') status = 'idle';
  else if (search !== typed || found.isFetching) status = 'loading';
  else if (found.isError) status = 'error';

  return (
    <Combobox
      label={label}
      placeholder={t('units.picker.placeholder')}
      hint={hint}
      disabled={disabled}
      invalid={invalid}
      describedBy={describedBy}
      value={text}
      onValueChange={(next) => {
        setText(next);
        if (chosen !== null) {
          setChosen(null);
          onChange(null);
        }
      }}
      options={options}
      status={status}
      optionKey={(unit) => unit.id}
      optionLabel={(unit) => unitName(unit, language)}
      optionDetail={(unit) => [t(`units.kinds.${unit.kind}`), unit.code].filter(Boolean).join(' · ')}
      onPick={(unit) => {
        setChosen(unit);
        setText(unitName(unit, language));
        onChange(unit.id);
      }}
    />
  );
}
