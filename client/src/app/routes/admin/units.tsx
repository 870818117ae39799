import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { usePermissions } from '@/features/auth/api/get-me';
import type { OrgUnit } from '@/features/org-units/api/search-org-units';
import { CreateUnitForm } from '@/features/org-units/components/create-unit-form';
import { EditUnit } from '@/features/org-units/components/edit-unit';
import { ImportUnitsForm } from '@/features/org-units/components/import-units-form';
import { MergeUnits } from '@/features/org-units/components/merge-units';
import { UnitSearch } from '@/features/org-units/components/unit-search';
import { UnitTree } from '@/features/org-units/components/unit-tree';

/** The unit tree and search for readers of units; editing, merging, adding and importing for those who manage them. */
export function UnitsRoute() {
  const { t } = useTranslation();
  const { has } = usePermissions();
  const canManage = has('ManageUnits');
  const [searchParams, setSearchParams] = useSearchParams();
  const editing = canManage ? Number(searchParams.get('edit')) || undefined : undefined;
  const merging = canManage ? Number(searchParams.get('merge')) || undefined : undefined;
  const ids = { tree: useId(), search: useId(), create: useId(), import: useId() };
  const edit = canManage
    ? (unit: OrgUnit) => setSearchParams({ edit: String(unit.id) }, { replace: true })
    : undefined;
  const merge = canManage
    ? (unit: OrgUnit) => setSearchParams({ merge: String(unit.id) }, { replace: true })
    : undefined;
  const close = () => setSearchParams({}, { replace: true });

  return (
    <>
      <title>{`${t('units.title')} · ${t('app.name')}`}</title>
      <h1>{t('units.title')}</h1>
      {!canManage && <p className="notice">{t('units.readOnly')}</p>}
      <div className="admin-columns">
        <section className="panel" aria-labelledby={ids.tree}>
          <h2 id={ids.tree}>{t('units.tree.heading')}</h2>
          <UnitTree onEdit={edit} onMerge={merge} />
        </section>
        <div className="stack">
          {editing !== undefined && (
            <EditUnit key={editing} unitId={editing} onClose={close} />
          )}
          {merging !== undefined && <MergeUnits key={merging} unitId={merging} onClose={close} />}
          <section className="panel" aria-labelledby={ids.search}>
            <h2 id={ids.search}>{t('units.search.heading')}</h2>
            <UnitSearch onEdit={edit} />
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
