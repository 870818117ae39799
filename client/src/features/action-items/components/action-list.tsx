import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { actionPath } from '@/config/paths';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDate } from '@/utils/format';

import {
  actionKinds,
  actionSorts,
  actionStatuses,
  actionsPageSize,
  deadlineStates,
  noActionFilters,
  useActionItems,
  type ActionFilters,
  type ActionItem,
} from '../api/get-action-items';
import { actionText, actionUnitName } from '../names';
import { ActionStatusBadge, DeadlineBadge } from './action-badges';

export const dimensionCodes = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

export interface ActionListProps {
  planId: number;
  filters: ActionFilters;
  onFiltersChange: (filters: ActionFilters) => void;
}

/** A plan's actions, filtered and sorted by the API, a page at a time. */
export function ActionList({ planId, filters, onFiltersChange }: ActionListProps) {
  const { t } = useTranslation();
  const actions = useActionItems(planId, filters);
  const errors = fieldErrorsOf(actions.error, ['search', 'dimension', 'status', 'deadlineState', 'kind', 'sort']);

  return (
    <>
      <ActionFilterForm
        key={JSON.stringify({ ...filters, page: 1 })}
        filters={filters}
        errors={errors.byField}
        onApply={(next) => onFiltersChange({ ...next, page: 1 })}
      />
      {actions.isPending ? (
        <Loading />
      ) : actions.isError ? (
        <ErrorAlert error={actions.error} onRetry={() => void actions.refetch()} showFieldErrors={!errors.any} />
      ) : actions.data.items.length === 0 ? (
        <p className="empty-state">{t('actions.list.empty')}</p>
      ) : (
        <>
          <ActionTable actions={actions.data.items} total={actions.data.totalCount} />
          <Pagination
            page={filters.page}
            pageSize={actionsPageSize}
            totalCount={actions.data.totalCount}
            onPageChange={(page) => onFiltersChange({ ...filters, page })}
          />
        </>
      )}
    </>
  );
}

type FilterField = 'search' | 'dimension' | 'status' | 'deadlineState' | 'kind' | 'sort';

interface ActionFilterFormProps {
  filters: ActionFilters;
  errors: Record<FilterField, readonly string[]>;
  onApply: (filters: Omit<ActionFilters, 'page'>) => void;
}

function ActionFilterForm({ filters, errors, onApply }: ActionFilterFormProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const [draft, setDraft] = useState<Omit<ActionFilters, 'page'>>(filters);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="filter-form" aria-labelledby={legendId} onSubmit={submit} noValidate>
      <h2 id={legendId} className="small-heading">
        {t('actions.filters.legend')}
      </h2>
      <FormField label={t('actions.filters.search')} errors={errors.search}>
        {(control) => <input {...control} type="search" value={draft.search} onChange={(event) => set('search', event.target.value)} />}
      </FormField>
      <FormField label={t('actions.filters.dimension')} errors={errors.dimension}>
        {(control) => (
          <select {...control} value={draft.dimension} onChange={(event) => set('dimension', event.target.value)}>
            <option value="">{t('actions.filters.any')}</option>
            {dimensionCodes.map((code) => (
              <option key={code} value={code}>
                {t('actions.dimension', { code })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.filters.status')} errors={errors.status}>
        {(control) => (
          <select {...control} value={draft.status} onChange={(event) => set('status', event.target.value as ActionFilters['status'])}>
            <option value="">{t('actions.filters.any')}</option>
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`actions.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.filters.deadlineState')} errors={errors.deadlineState}>
        {(control) => (
          <select
            {...control}
            value={draft.deadlineState}
            onChange={(event) => set('deadlineState', event.target.value as ActionFilters['deadlineState'])}
          >
            <option value="">{t('actions.filters.any')}</option>
            {deadlineStates.map((state) => (
              <option key={state} value={state}>
                {t(`actions.deadline.${state}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.filters.kind')} errors={errors.kind}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(event) => set('kind', event.target.value as ActionFilters['kind'])}>
            <option value="">{t('actions.filters.any')}</option>
            {actionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`actions.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.filters.sort')} errors={errors.sort}>
        {(control) => (
          <select {...control} value={draft.sort} onChange={(event) => set('sort', event.target.value as ActionFilters['sort'])}>
            {actionSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`actions.sort.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="checkbox">
        <input id={`${legendId}-mine`} type="checkbox" checked={draft.mine} onChange={(event) => set('mine', event.target.checked)} />
        <label htmlFor={`${legendId}-mine`}>{t('actions.filters.mine')}</label>
      </div>
      <div className="form-actions">
        <button type="submit">{t('actions.filters.apply')}</button>
        <button type="button" onClick={() => onApply(noActionFilters)}>
          {t('actions.filters.clear')}
        </button>
      </div>
    </form>
  );
}

function ActionTable({ actions, total }: { actions: readonly ActionItem[]; total: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('actions.list.caption', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.list.code')}</th>
            <th scope="col">{t('actions.list.text')}</th>
            <th scope="col">{t('actions.list.subDimensions')}</th>
            <th scope="col">{t('actions.list.lead')}</th>
            <th scope="col">{t('actions.list.due')}</th>
            <th scope="col">{t('actions.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                <Link to={actionPath(action.id)} aria-label={t('actions.list.open', { code: action.code })}>
                  {action.code}
                </Link>
              </th>
              <td className="clamp">{actionText(action, language)}</td>
              <td>{action.subDimensions.join(', ')}</td>
              <td>
                {action.units
                  .filter((unit) => unit.role === 'Lead')
                  .map((unit) => actionUnitName(unit, language))
                  .join('; ')}
              </td>
              <td>
                {action.recurring
                  ? t('actions.recurring')
                  : action.dueDate != null
                    ? formatDate(action.dueDate, language)
                    : '—'}
              </td>
              <td>
                <ActionStatusBadge status={action.status} /> <DeadlineBadge state={action.deadlineState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
