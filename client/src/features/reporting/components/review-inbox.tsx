import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { reportPath } from '@/config/paths';
import { formatInteger } from '@/utils/format';

import { useApproveReports } from '../api/approve-reports';
import { useCompleteness } from '../api/get-completeness';
import { ReportStateBadge } from './report-state';

/**
 * The reports sent to the reader's units that wait for a decision: open one to return it with a reason
 * or approve it, or approve several at once — all of them or, when the API refuses one, none.
 */
export function ReviewInbox({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const completeness = useCompleteness(periodId);
  const approve = useApproveReports();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  if (completeness.isPending) return <Loading />;
  if (completeness.isError) return <ErrorAlert error={completeness.error} onRetry={() => void completeness.refetch()} />;
  const waiting = completeness.data.recipients.flatMap((recipient) =>
    recipient.units
      .filter((unit) => unit.status === 'Submitted' && unit.submissionId != null)
      .map((unit) => ({ recipient, unit, submissionId: unit.submissionId as number })),
  );
  const done = approve.isSuccess ? (
    <p role="status" className="success">
      {t('reporting.inbox.approved', { count: approve.data.length, formatted: formatInteger(approve.data.length, language) })}
    </p>
  ) : null;
  if (waiting.length === 0) {
    return (
      <>
        {done}
        <p className="empty-state">{t('reporting.inbox.empty')}</p>
      </>
    );
  }
  // Only reports still waiting count: one approved meanwhile drops out of the selection.
  const chosen = waiting.filter((row) => selected.has(row.submissionId)).map((row) => row.submissionId);
  const allChosen = chosen.length === waiting.length;
  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      {done}
      {approve.isError && <ErrorAlert error={approve.error} heading={t('reporting.inbox.bulkFailed')} />}
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('reporting.inbox.caption', { count: waiting.length })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <label className="box-target">
                  <input
                    type="checkbox"
                    aria-label={t('reporting.inbox.selectAll')}
                    checked={allChosen}
                    onChange={(event) => setSelected(event.target.checked ? new Set(waiting.map((row) => row.submissionId)) : new Set())}
                  />
                </label>
              </th>
              <th scope="col">{t('reporting.obligations.unit')}</th>
              <th scope="col">{t('reporting.obligations.recipient')}</th>
              <th scope="col">{t('reporting.obligations.state')}</th>
              <th scope="col">{t('reporting.obligations.report')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map(({ recipient, unit, submissionId }) => (
              <tr key={unit.obligationId}>
                <td>
                  <label className="box-target">
                    <input
                      type="checkbox"
                      aria-label={t('reporting.inbox.select', { unit: unit.unitNameVi })}
                      checked={selected.has(submissionId)}
                      onChange={(event) => toggle(submissionId, event.target.checked)}
                    />
                  </label>
                </td>
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
      <div className="form-actions">
        <button
          type="button"
          disabled={chosen.length === 0 || approve.isPending}
          aria-busy={approve.isPending || undefined}
          onClick={() => approve.mutate(chosen, { onSuccess: () => setSelected(new Set()) })}
        >
          {t('reporting.inbox.approveSelected', { count: chosen.length, formatted: formatInteger(chosen.length, language) })}
        </button>
      </div>
    </>
  );
}
