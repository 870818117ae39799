import { useTranslation } from 'react-i18next';

import { usePermissions } from '@/features/auth/api/get-me';
import { CompletenessView } from '@/features/reporting/components/completeness-view';

import { ReportingPage } from './reporting-page';

export function CompletenessRoute() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  return (
    <ReportingPage page="completeness" title={t('reporting.nav.completeness')}>
      {(periodId) => <CompletenessView key={periodId} periodId={periodId} canSignOff={permissions.has('ReviewReports')} />}
    </ReportingPage>
  );
}
