import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { reportPath } from '@/config/paths';

import { useCompleteness } from '../api/get-completeness';
import { ReportStateBadge } from './report-state';

/** The reports sent to the reader's units that wait for a decision: return with a reason, or approve. */
export function ReviewInbox({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const captionId = useId();
  const completeness = useCompleteness(periodId);

  if (completeness.isPending) return <Loading />;
  if (completeness.isError) return <ErrorAlert error={completeness.error} onRetry={() => void completeness.refetch()} />;
  const waiting = completeness.data.recipients.flatMap((recipient) =>
    recipient.units.filter((unit) => unit.status === 'Submitted').map((unit) => ({ recipient, unit })),
  );
  if (waiting.length === 0) return <p className="empty-state">{t('reporting.inbox.empty')}</p>;
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('reporting.inbox.caption', { count: waiting.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.obligations.unit')}</th>
            <th scope="col">{t('reporting.obligations.recipient')}</th>
            <th scope="col">{t('reporting.obligations.state')}</th>
            <th scope="col">{t('reporting.obligations.report')}</th>
          </tr>
        </thead>
        <tbody>
          {waiting.map(({ recipient, unit }) => (
            <tr key={unit.obligationId}>
              <th scope="row">{unit.unitNameVi}</th>
              <td>{recipient.recipientNameVi}</td>
              <td>
                <ReportStateBadge state="Submitted" onTime={unit.onTime} />
              </td>
              <td>
                <Link to={reportPath(unit.obligationId, periodId)} aria-label={t('reporting.inbox.reviewFor', { unit: unit.unitNameVi })}>
                  {t('reporting.inbox.review')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
