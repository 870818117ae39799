import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';

export interface PaginationProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, totalCount, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className="pagination" aria-label={t('common.pagination.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('common.pagination.previous')}
      </button>
      <span>
        {t('common.pagination.status', {
          page: formatInteger(page, language),
          pages: formatInteger(pages, language),
          total: formatInteger(totalCount, language),
        })}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        {t('common.pagination.next')}
      </button>
    </nav>
  );
}
