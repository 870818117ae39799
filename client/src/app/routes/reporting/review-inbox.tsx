import { useTranslation } from 'react-i18next';

import { ReviewInbox } from '@/features/reporting/components/review-inbox';

import { ReportingPage } from './reporting-page';

export function ReviewInboxRoute() {
  const { t } = useTranslation();
  return (
    <ReportingPage page="reviewInbox" title={t('reporting.nav.inbox')}>
      {(periodId) => <ReviewInbox periodId={periodId} />}
    </ReportingPage>
  );
}
