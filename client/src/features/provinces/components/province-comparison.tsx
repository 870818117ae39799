import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';

import { maxComparedProvinces, useProvinceComparison } from '../api/compare-provinces';
import type { Province } from '../api/search-provinces';
import { provinceName } from '../names';
import { ComparisonTable } from './comparison-table';
import { ProvincePicker } from './province-picker';

export interface ProvinceComparisonProps {
  provinceIds: readonly number[];
  /** The index compared (PAPI, PCI …), its years with a release, and its picker (the route brings it). */
  framework: string;
  years: readonly number[];
  indexPicker?: ReactNode;
  year: number;
  onProvinceIdsChange: (provinceIds: number[]) => void;
  onYearChange: (year: number) => void;
}

/** Choose up to ten provinces and a year; the table compares their total and dimension scores. */
export function ProvinceComparison({ provinceIds, framework, years, indexPicker, year, onProvinceIdsChange, onYearChange }: ProvinceComparisonProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Names of the provinces picked here; those that came with the address get theirs from the comparison.
  const [picked, setPicked] = useState<ReadonlyMap<number, Province>>(new Map());
  const comparison = useProvinceComparison(year, provinceIds, framework);
  const full = provinceIds.length >= maxComparedProvinces;

  function nameOf(id: number): string {
    const province =
      picked.get(id) ?? comparison.data?.provinces.find((compared) => compared.province.id === id)?.province;
    return province ? provinceName(province, language) : `#${id}`;
  }

  function add(province: Province) {
    if (full || provinceIds.includes(province.id)) return;
    setPicked((current) => new Map(current).set(province.id, province));
    onProvinceIdsChange([...provinceIds, province.id]);
  }

  return (
    <>
      <div className="toolbar">
        <ProvincePicker
          label={t('compare.picker')}
          onPick={add}
          excludeIds={provinceIds}
          disabled={full}
          hint={full ? t('compare.max', { max: maxComparedProvinces }) : undefined}
        />
        {indexPicker}
        <YearSelect value={year} years={years} onChange={onYearChange} />
      </div>
      <section className="chosen">
        <h2 className="small-heading">{t('compare.selected', { count: provinceIds.length, max: maxComparedProvinces })}</h2>
        {provinceIds.length > 0 && (
          <ul className="chips">
            {provinceIds.map((id) => (
              <li key={id} className="chip">
                {nameOf(id)}
                <button
                  type="button"
                  aria-label={t('compare.remove', { name: nameOf(id) })}
                  onClick={() => onProvinceIdsChange(provinceIds.filter((other) => other !== id))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {provinceIds.length === 0 ? (
        <p className="empty-state">{t('compare.pickSome')}</p>
      ) : comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} showFieldErrors />
      ) : comparison.data === null ? (
        <p className="empty-state">{t('compare.noData', { year })}</p>
      ) : (
        <ComparisonTable comparison={comparison.data} framework={framework} />
      )}
    </>
  );
}
