import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDateTime } from '@/utils/format';

import {
  auditEntityTypes,
  isAuditEntityType,
  useAuditEntries,
  type AuditEntry,
  type AuditFilters,
} from '../api/get-audit-entries';
import { changeValueText, parseChanges } from '../changes';

export interface AuditLogProps {
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
}

/** The audit trail, filtered by kind of record and dates, a page at a time from the newest. */
export function AuditLog({ filters, onFiltersChange }: AuditLogProps) {
  const { t } = useTranslation();
  const entries = useAuditEntries(filters);
  const errors = fieldErrorsOf(entries.error, ['entityType', 'from', 'to']);

  return (
    <>
      <AuditFilterForm
        // The form starts again from the filters in the address when they change from outside.
        key={`${filters.entityType}|${filters.from}|${filters.to}`}
        filters={filters}
        errors={errors.byField}
        onApply={(next) => onFiltersChange({ ...next, before: '' })}
      />
      {entries.isPending ? (
        <Loading />
      ) : entries.isError ? (
        <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      ) : entries.data.items.length === 0 ? (
        <p className="empty-state">{t('audit.list.empty')}</p>
      ) : (
        <>
          <AuditTable entries={entries.data.items} />
          <AuditPaging
            atNewest={filters.before === ''}
            nextBefore={entries.data.nextBefore ?? null}
            onPage={(before) => onFiltersChange({ ...filters, before })}
          />
        </>
      )}
    </>
  );
}

interface AuditPagingProps {
  atNewest: boolean;
  nextBefore: number | null;
  onPage: (before: string) => void;
}

/** Back to the newest entries, or on to older ones; newer pages are the browser's Back. */
function AuditPaging({ atNewest, nextBefore, onPage }: AuditPagingProps) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={t('common.pagination.label')}>
      <button type="button" disabled={atNewest} onClick={() => onPage('')}>
        {t('audit.paging.newest')}
      </button>
      <button type="button" disabled={nextBefore === null} onClick={() => onPage(String(nextBefore))}>
        {t('audit.paging.older')}
      </button>
    </nav>
  );
}

interface AuditFilterFormProps {
  filters: AuditFilters;
  errors: Record<'entityType' | 'from' | 'to', readonly string[]>;
  onApply: (filters: Omit<AuditFilters, 'before'>) => void;
}

function AuditFilterForm({ filters, errors, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const [entityType, setEntityType] = useState(filters.entityType);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ entityType, from, to });
  }

  return (
    <form className="filter-form" aria-labelledby={legendId} onSubmit={submit} noValidate>
      <h2 id={legendId} className="small-heading">
        {t('audit.filters.legend')}
      </h2>
      <FormField label={t('audit.filters.entityType')} errors={errors.entityType}>
        {(control) => (
          <select {...control} value={entityType} onChange={(event) => setEntityType(event.target.value)}>
            <option value="">{t('audit.filters.all')}</option>
            {auditEntityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entityTypes.${type}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.filters.from')} errors={errors.from}>
        {(control) => <input {...control} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />}
      </FormField>
      <FormField label={t('audit.filters.to')} errors={errors.to}>
        {(control) => <input {...control} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit">{t('audit.filters.apply')}</button>
        <button type="button" onClick={() => onApply({ entityType: '', from: '', to: '' })}>
          {t('audit.filters.clear')}
        </button>
      </div>
    </form>
  );
}

function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const captionId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table audit-table">
        <caption id={captionId}>{t('audit.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.list.at')}</th>
            <th scope="col">{t('audit.list.who')}</th>
            <th scope="col">{t('audit.list.entity')}</th>
            <th scope="col">{t('audit.list.action')}</th>
            <th scope="col">{t('audit.list.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </th>
              <td>
                {entry.userDisplayName ??
                  (entry.userId != null
                    ? t('audit.list.user', { id: shortId(entry.userId) })
                    : entry.apiTokenId != null
                      ? (entry.apiTokenName ?? t('audit.list.token', { id: entry.apiTokenId }))
                      : t('audit.list.system'))}
              </td>
              <td>
                {isAuditEntityType(entry.entityType) ? t(`audit.entityTypes.${entry.entityType}`) : entry.entityType}{' '}
                <span className="note">#{entry.entityId}</span>
              </td>
              <td>{t(`audit.actions.${entry.action}`)}</td>
              <td>
                <Changes changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The first block of a user's id: enough to tell people apart in the log. The API gives only the id
 * (no name), so this is what there is to show.
 */
function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

/** `field: before → after`, one line per field; the arrow is read out as words. */
function Changes({ changes }: { changes: string }) {
  const { t } = useTranslation();
  const fields = parseChanges(changes);
  if (fields === null) return <code className="breakable">{changes}</code>;
  const value = (present: boolean, raw: unknown) => {
    if (!present) return <span className="note">—</span>;
    const text = changeValueText(raw);
    return text === null ? <span className="note">{t('common.emptyValue')}</span> : <span className="breakable">{text}</span>;
  };
  return (
    <ul className="changes">
      {fields.map((change) => (
        <li key={change.field}>
          <code>{change.field}</code>: {value(change.hasBefore, change.before)}{' '}
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t('audit.list.changedTo')}</span> {value(change.hasAfter, change.after)}
        </li>
      ))}
    </ul>
  );
}
