import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import type { AuditFilters } from '@/features/audit/api/get-audit-entries';
import { AuditLog } from '@/features/audit/components/audit-log';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the address, so a filtered page can be reloaded and shared. */
function readFilters(params: URLSearchParams): AuditFilters {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return isoDate.test(value) ? value : '';
  };
  const page = Number(params.get('page'));
  return {
    entityType: params.get('entityType') ?? '',
    from: date('from'),
    to: date('to'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.entityType !== '') params.set('entityType', filters.entityType);
  if (filters.from !== '') params.set('from', filters.from);
  if (filters.to !== '') params.set('to', filters.to);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function AuditRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <>
      <title>{`${t('audit.title')} · ${t('app.name')}`}</title>
      <h1>{t('audit.title')}</h1>
      <AuditLog filters={readFilters(searchParams)} onFiltersChange={(next) => setSearchParams(writeFilters(next))} />
    </>
  );
}
