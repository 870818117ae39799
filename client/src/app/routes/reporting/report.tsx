import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { usePermissions } from '@/features/auth/api/get-me';
import { ReportForm } from '@/features/reporting/components/report-form';
import { ReportHeading } from '@/features/reporting/components/report-heading';
import { parsePositiveInt } from '@/utils/parse';

export function ReportRoute() {
  const { t } = useTranslation();
  const { obligationId } = useParams();
  const [searchParams] = useSearchParams();
  const permissions = usePermissions();
  const id = parsePositiveInt(obligationId);
  if (id === undefined) {
    return (
      <>
        <h1>{t('reporting.report.title')}</h1>
        <p className="empty-state">{t('app.notFound.title')}</p>
      </>
    );
  }
  return (
    <>
      <ReportHeading obligationId={id} periodId={parsePositiveInt(searchParams.get('period'))} />
      <ReportForm
        key={id}
        obligationId={id}
        year={new Date().getFullYear()}
        canWrite={permissions.has('RecordProgress')}
        // Heads send their unit's report; officers too where their unit allows it (the API decides).
        canSubmit={permissions.has('SubmitReports') || permissions.has('RecordProgress')}
        canReview={permissions.has('ReviewReports')}
      />
    </>
  );
}
