import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import {
  actionKinds,
  actionSorts,
  actionStatuses,
  deadlineStates,
  noActionFilters,
  type ActionFilters,
} from '@/features/plans/api/get-action-items';
import { ActionList } from '@/features/plans/components/action-list';
import { PlanPage } from '@/features/plans/components/plan-page';
import { parsePositiveInt } from '@/utils/parse';

import { PlanLinksFor, PlanNotFound, usePlanIdParam } from './plan';

function oneOf<T extends string>(options: readonly T[], value: string | null): T | '' {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters from the address, so a filtered list can be reloaded and shared. */
function readFilters(params: URLSearchParams): ActionFilters {
  const dimension = params.get('dimension') ?? '';
  const sort = oneOf(actionSorts, params.get('sort'));
  return {
    dimension: /^\d$/.test(dimension) ? dimension : '',
    status: oneOf(actionStatuses, params.get('status')),
    deadlineState: oneOf(deadlineStates, params.get('deadlineState')),
    kind: oneOf(actionKinds, params.get('kind')),
    search: params.get('search') ?? '',
    mine: params.get('mine') === 'true',
    sort: sort === '' ? noActionFilters.sort : sort,
    page: parsePositiveInt(params.get('page')) ?? 1,
  };
}

function writeFilters(filters: ActionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['dimension', 'status', 'deadlineState', 'kind', 'search'] as const) {
    if (filters[key] !== '') params.set(key, filters[key]);
  }
  if (filters.mine) params.set('mine', 'true');
  if (filters.sort !== noActionFilters.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function PlanActionsRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [searchParams, setSearchParams] = useSearchParams();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('actions.title')} links={<PlanLinksFor planId={planId} />}>
      {() => <ActionList planId={planId} filters={readFilters(searchParams)} onFiltersChange={(next) => setSearchParams(writeFilters(next))} />}
    </PlanPage>
  );
}
