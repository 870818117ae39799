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
  const before = params.get('before') ?? '';
  return {
    entityType: params.get('entityType') ?? '',
    from: date('from'),
    to: date('to'),
    before: /^[1-9]\d{0,17}$/.test(before) ? before : '',
  };
}

function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.entityType !== '') params.set('entityType', filters.entityType);
  if (filters.from !== '') params.set('from', filters.from);
  if (filters.to !== '') params.set('to', filters.to);
  if (filters.before !== '') params.set('before', filters.before);
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
