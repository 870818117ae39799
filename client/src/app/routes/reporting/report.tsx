import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { ActionProgressEditor } from '@/features/action-items/components/action-progress-editor';
import { useMe, usePermissions } from '@/features/auth/api/get-me';
import { usePlans } from '@/features/plans/api/get-plans';
import { closedOn } from '@/features/reporting/closing';
import { useObligationState } from '@/features/reporting/api/get-completeness';
import { useReportingPeriod } from '@/features/reporting/api/get-reporting-periods';
import { ReportForm } from '@/features/reporting/components/report-form';
import { ReportHeading } from '@/features/reporting/components/report-heading';
import type { ActionEditor } from '@/features/reporting/components/reported-actions';
import { localDateInVietnam } from '@/utils/format';
import { parsePositiveInt } from '@/utils/parse';

export function ReportRoute() {
  const { t } = useTranslation();
  const { obligationId } = useParams();
  const [searchParams] = useSearchParams();
  const permissions = usePermissions();
  const me = useMe();
  const plans = usePlans();
  const id = parsePositiveInt(obligationId);
  const periodId = parsePositiveInt(searchParams.get('period'));
  const period = useReportingPeriod(plans.data?.items.map((plan) => plan.id) ?? [], periodId);
  const { listKnown, found: obligation } = useObligationState(id ?? 0, periodId);
  // The period's list holds every report the reader may open (its units' and those owed to them): one missing
  // from it is not theirs, and the page says so rather than offering an empty form the API would refuse.
  const outOfSight = listKnown && obligation === undefined;
  if (id === undefined || outOfSight) {
    return (
      <>
        <h1>{t('reporting.report.title')}</h1>
        <p className="empty-state">{t(outOfSight ? 'reporting.report.notYours' : 'app.notFound.title')}</p>
      </>
    );
  }
  // Progress recorded from the report is for the reporting unit, dated no later than the period's data cut-off
  // (the report shows what was reported up to it).
  const today = localDateInVietnam();
  const cutOff = period ? (period.dataCutOff ?? period.coverageTo) : undefined;
  const myUnits = (me.data?.roles ?? []).flatMap((role) => (role.unitId == null ? [] : [role.unitId]));
  const actionEditor: ActionEditor = (action, onRecorded) => (
    <ActionProgressEditor
      actionId={action.actionId}
      preferredUnitIds={obligation ? [obligation.unit.unitId] : myUnits}
      defaultReportedOn={cutOff !== undefined && cutOff < today ? cutOff : today}
      onRecorded={onRecorded}
    />
  );
  return (
    <>
      <ReportHeading obligationId={id} periodId={periodId} />
      <ReportForm
        key={id}
        obligationId={id}
        year={period?.year ?? new Date().getFullYear()}
        isUnitPlan={period?.kind === 'UnitPlan'}
        canWrite={permissions.has('RecordProgress')}
        // Heads send their unit's report; officers too where their unit allows it (the API decides).
        canSubmit={permissions.has('SubmitReports') || permissions.has('RecordProgress')}
        canReview={permissions.has('ReviewReports')}
        actionEditor={actionEditor}
        closedOn={obligation && closedOn(obligation.unit, obligation.lockOn)}
      />
    </>
  );
}
