import { useTranslation } from 'react-i18next';

import { ObligationsTable } from '@/features/reporting/components/obligations-table';

import { ReportingPage } from './reporting-page';

export function ObligationsRoute() {
  const { t } = useTranslation();
  return (
    <ReportingPage page="obligations" title={t('reporting.title')}>
      {(periodId) => <ObligationsTable key={periodId} periodId={periodId} />}
    </ReportingPage>
  );
}
