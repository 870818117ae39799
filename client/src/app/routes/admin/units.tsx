import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { currentLanguage } from '@/config/i18n';
import { usePermissions } from '@/features/auth/api/get-me';
import type { OrgUnit } from '@/features/org-units/api/search-org-units';
import { CreateUnitForm } from '@/features/org-units/components/create-unit-form';
import { DocumentProfileForm } from '@/features/org-units/components/document-profile-form';
import { EditUnit } from '@/features/org-units/components/edit-unit';
import { ImportUnitsForm } from '@/features/org-units/components/import-units-form';
import { MergeUnits } from '@/features/org-units/components/merge-units';
import { UnitSearch } from '@/features/org-units/components/unit-search';
import { UnitTree } from '@/features/org-units/components/unit-tree';
import { formatDate } from '@/utils/format';

/** A day as the address carries it (yyyy-mm-dd); anything else is ignored, as if no day were given. */
function dayFrom(value: string | null): string | undefined {
  return value != null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/**
 * The unit tree and search for readers of units, today's or as they stood on the day chosen (Ngày hiệu
 * lực, kept in the address as `asOf`); editing, merging, adding and importing for those who manage them.
 * Edits correct today's state, so a tree of another day offers none. A unit's document profile shows with its edit,
 * or alone for `?profile=<id>` (the link from the consolidated reports), read-only to those who do not manage units.
 */
export function UnitsRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { has } = usePermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const asOf = dayFrom(searchParams.get('asOf'));
  const canManage = has('ManageUnits');
  const canEdit = canManage && asOf === undefined;
  const editing = canEdit ? Number(searchParams.get('edit')) || undefined : undefined;
  const merging = canEdit ? Number(searchParams.get('merge')) || undefined : undefined;
  // A unit's document profile is today's, like its edit: shown beside the edit, or alone when linked (`profile`).
  const profileOf = asOf === undefined ? (editing ?? (Number(searchParams.get('profile')) || undefined)) : undefined;
  const ids = { tree: useId(), search: useId(), create: useId(), import: useId(), asOf: useId(), asOfHint: useId() };
  const edit = canEdit
    ? (unit: OrgUnit) => setSearchParams({ edit: String(unit.id) }, { replace: true })
    : undefined;
  const merge = canEdit
    ? (unit: OrgUnit) => setSearchParams({ merge: String(unit.id) }, { replace: true })
    : undefined;
  const close = () => setSearchParams({}, { replace: true });
  const showDay = (day: string) => setSearchParams(dayFrom(day) ? { asOf: day } : {}, { replace: true });

  return (
    <>
      <title>{`${t('units.title')} · ${t('app.name')}`}</title>
      <h1>{t('units.title')}</h1>
      {!canManage && <p className="notice">{t('units.readOnly')}</p>}
      <div className="inline-form">
        <label htmlFor={ids.asOf}>{t('units.asOf.label')}</label>
        <input
          id={ids.asOf}
          type="date"
          value={asOf ?? ''}
          aria-describedby={ids.asOfHint}
          onChange={(event) => showDay(event.target.value)}
        />
        {asOf !== undefined && (
          <button type="button" onClick={() => showDay('')}>
            {t('units.asOf.today')}
          </button>
        )}
        <p id={ids.asOfHint} className="note">
          {asOf === undefined ? t('units.asOf.hint') : t('units.asOf.showing', { date: formatDate(asOf, language) })}
        </p>
      </div>
      <div className="admin-columns">
        <section className="panel" aria-labelledby={ids.tree}>
          <h2 id={ids.tree}>
            {asOf === undefined ? t('units.tree.heading') : t('units.tree.headingAsOf', { date: formatDate(asOf, language) })}
          </h2>
          <UnitTree key={asOf ?? 'today'} asOf={asOf} onEdit={edit} onMerge={merge} />
        </section>
        <div className="stack">
          {editing !== undefined && (
            <EditUnit key={editing} unitId={editing} onClose={close} />
          )}
          {profileOf !== undefined && <DocumentProfileForm key={`profile-${profileOf}`} unitId={profileOf} readOnly={!canEdit} />}
          {merging !== undefined && <MergeUnits key={merging} unitId={merging} onClose={close} />}
          <section className="panel" aria-labelledby={ids.search}>
            <h2 id={ids.search}>{t('units.search.heading')}</h2>
            <UnitSearch asOf={asOf} onEdit={edit} />
          </section>
          {canManage && (
            <>
              <section className="panel" aria-labelledby={ids.create}>
                <h2 id={ids.create}>{t('units.create.heading')}</h2>
                <CreateUnitForm />
              </section>
              <section className="panel" aria-labelledby={ids.import}>
                <h2 id={ids.import}>{t('units.import.heading')}</h2>
                <ImportUnitsForm />
              </section>
            </>
          )}
        </div>
      </div>
    </>
  );
}
