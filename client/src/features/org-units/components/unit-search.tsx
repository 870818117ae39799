import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { compareNames } from '@/utils/format';

import { useOrgUnitSearch, type OrgUnit } from '../api/search-org-units';
import { unitName } from '../names';

export interface UnitSearchProps {
  /** Find the units as they stood on this day (yyyy-mm-dd); today's when not given. */
  asOf?: string | undefined;
  onEdit?: ((unit: OrgUnit) => void) | undefined;
}

/** Finds units by name or code, with or without diacritics (the API matches). */
export function UnitSearch({ asOf, onEdit }: UnitSearchProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const inputId = useId();
  const captionId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const found = useOrgUnitSearch(search, asOf);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(text.trim());
  }

  const units = [...(found.data?.items ?? [])].sort((a, b) =>
    compareNames(unitName(a, language), unitName(b, language), language),
  );

  return (
    <>
      <form role="search" className="inline-form" onSubmit={submit}>
        <label htmlFor={inputId}>{t('units.search.label')}</label>
        <input id={inputId} type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('common.search')}</button>
      </form>
      {search !== '' &&
        (found.isPending ? (
          <Loading />
        ) : found.isError ? (
          <ErrorAlert error={found.error} onRetry={() => void found.refetch()} />
        ) : units.length === 0 ? (
          <p className="empty-state">{t('units.search.empty', { search })}</p>
        ) : (
          <TableScroll captionId={captionId}>
            <table className="data-table">
              <caption id={captionId}>{t('units.search.caption', { search })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('units.search.name')}</th>
                  <th scope="col">{t('units.search.kind')}</th>
                  <th scope="col">{t('units.search.code')}</th>
                  {onEdit && <th scope="col">{t('units.search.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {units.map((unit) => (
                  <tr key={unit.id}>
                    <th scope="row">{unitName(unit, language)}</th>
                    <td>{t(`units.kinds.${unit.kind}`)}</td>
                    <td>{unit.code ?? '—'}</td>
                    {onEdit && (
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t('units.tree.edit', { name: unitName(unit, language) })}
                          onClick={() => onEdit(unit)}
                        >
                          {t('units.tree.editShort')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
    </>
  );
}
