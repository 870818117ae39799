import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Combobox, type ComboboxStatus } from '@/components/combobox';
import { currentLanguage } from '@/config/i18n';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { compareNames } from '@/utils/format';

import { useProvinceSearch, type Province } from '../api/search-provinces';
import { provinceName } from '../names';

export interface ProvincePickerProps {
  onPick: (province: Province) => void;
  label?: string | undefined;
  /** Provinces not to offer, such as those already chosen. */
  excludeIds?: readonly number[] | undefined;
  disabled?: boolean | undefined;
  hint?: string | undefined;
}

/** Finds a province by name as typed, with or without Vietnamese diacritics; the API does the matching. */
export function ProvincePicker({ onPick, label, excludeIds = [], disabled, hint }: ProvincePickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const found = useProvinceSearch(search);

  const options = (found.data?.items ?? [])
    .filter((province) => !excludeIds.includes(province.id))
    .sort((a, b) => compareNames(provinceName(a, language), provinceName(b, language), language));
  let status: ComboboxStatus = 'ready';
  if (text.trim() === '') status = 'idle';
  else if (search !== text.trim() || found.isFetching) status = 'loading';
  else if (found.isError) status = 'error';

  return (
    <Combobox
      label={label ?? t('provinces.picker.label')}
      placeholder={t('provinces.picker.placeholder')}
      hint={hint}
      disabled={disabled}
      value={text}
      onValueChange={setText}
      options={options}
      status={status}
      optionKey={(province) => province.id}
      optionLabel={(province) => provinceName(province, language)}
      onPick={(province) => {
        setText('');
        onPick(province);
      }}
    />
  );
}
