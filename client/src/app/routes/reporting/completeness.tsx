import { useTranslation } from 'react-i18next';

import { CompletenessView } from '@/features/reporting/components/completeness-view';

import { ReportingPage } from './reporting-page';

export function CompletenessRoute() {
  const { t } = useTranslation();
  return (
    <ReportingPage page="completeness" title={t('reporting.nav.completeness')}>
      {(periodId) => <CompletenessView key={periodId} periodId={periodId} />}
    </ReportingPage>
  );
}
