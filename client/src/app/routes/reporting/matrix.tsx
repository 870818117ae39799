import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Loading } from '@/components/loading';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';
import { useMe } from '@/features/auth/api/get-me';
import { usePlans } from '@/features/plans/api/get-plans';
import { ReportingMatrixTable } from '@/features/reporting/components/reporting-matrix';
import { localDateInVietnam } from '@/utils/format';
import { localName } from '@/utils/names';
import { parsePositiveInt } from '@/utils/parse';

const thisYear = Number(localDateInVietnam().slice(0, 4));

/** Units × periods of a year; a unit's row opens its own units (the unit is kept in the address, so Back goes up). */
export function ReportingMatrixRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const plans = usePlans();
  const me = useMe();
  const planYear = plans.data?.items[0]?.targetYear;
  const year = parsePositiveInt(searchParams.get('year')) ?? planYear ?? thisYear;
  // A reader scoped to a unit starts at that unit; only those who see every province start at the country.
  const home = me.data?.roles.find((role) => role.unitId != null);
  const askedUnit = parsePositiveInt(searchParams.get('unit'));
  const unitId = askedUnit ?? home?.unitId ?? undefined;
  const unitName =
    searchParams.get('name') ?? (askedUnit === undefined && home?.unitNameVi ? localName(home.unitNameVi, home.unitNameEn, currentLanguage()) : undefined);
  const firstYear = Math.min(year, planYear ?? year, thisYear) - 1;
  const years = Array.from({ length: thisYear + 1 - firstYear + 1 }, (_, index) => firstYear + index).reverse();

  const go = (next: { year?: number; unit?: number; name?: string }, push = false) => {
    const params = new URLSearchParams();
    params.set('year', String(next.year ?? year));
    if (next.unit !== undefined) params.set('unit', String(next.unit));
    if (next.name !== undefined) params.set('name', next.name);
    setSearchParams(params, { replace: !push });
  };

  const title = unitName ? t('reporting.matrix.titleFor', { name: unitName }) : t('reporting.matrix.title');
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <div className="toolbar">
        <YearSelect years={years} value={year} onChange={(next) => go({ year: next, ...(unitId === undefined ? {} : { unit: unitId }), ...(unitName ? { name: unitName } : {}) })} />
        {askedUnit !== undefined && (
          <button type="button" className="link-button" onClick={() => go({ year })}>
            {t('reporting.matrix.top')}
          </button>
        )}
      </div>
      {me.isPending ? (
        <Loading />
      ) : (
        <ReportingMatrixTable year={year} unitId={unitId} onDrillDown={(unit, name) => go({ year, unit, name }, true)} />
      )}
    </>
  );
}
