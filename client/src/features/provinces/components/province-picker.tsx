import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { Combobox, type ComboboxStatus } from '@/components/combobox';
import { currentLanguage } from '@/config/i18n';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { compareNames, formatDate } from '@/utils/format';

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

/**
 * A province as the picker offers it: since 1 July 2025 one name may belong to two units in turn, so one
 * that has ended says until when ("Bắc Ninh (đến 30/06/2025)") and one whose name an ended unit had
 * says from when ("Bắc Ninh (từ 01/07/2025)").
 */
function optionLabel(province: Province, options: readonly Province[], language: string, t: TFunction): string {
  const name = provinceName(province, language);
  if (province.activeTo) return t('provinces.picker.until', { name, date: formatDate(province.activeTo, language) });
  const succeedsItsName = options.some(
    (other) => other.id !== province.id && other.activeTo && other.activeTo < province.activeFrom && other.nameVi === province.nameVi,
  );
  return succeedsItsName ? t('provinces.picker.from', { name, date: formatDate(province.activeFrom, language) }) : name;
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
    // Two units of one name (Bắc Ninh) in the order they existed.
    .sort((a, b) => compareNames(provinceName(a, language), provinceName(b, language), language) || a.activeFrom.localeCompare(b.activeFrom));
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
      optionLabel={(province) => optionLabel(province, options, language, t)}
      onPick={(province) => {
        setText('');
        onPick(province);
      }}
    />
  );
}
