import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { reportPath } from '@/config/paths';
import { formatDate } from '@/utils/format';

import { reportStateOf, useCompleteness, type UnitReportState } from '../api/get-completeness';
import { closedOn } from '../closing';
import { obligationsPageSize, useObligations } from '../api/get-obligations';
import { ReportStateBadge } from './report-state';

/** The period's reports the reader's units owe or receive, each with its state and a link to the report. */
export function ObligationsTable({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const [page, setPage] = useState(1);
  const obligations = useObligations(periodId, page);
  const completeness = useCompleteness(periodId);

  if (obligations.isPending) return <Loading />;
  if (obligations.isError) return <ErrorAlert error={obligations.error} onRetry={() => void obligations.refetch()} />;
  if (obligations.data.items.length === 0) return <p className="empty-state">{t('reporting.obligations.empty')}</p>;
  const states = new Map<number, UnitReportState>();
  for (const recipient of completeness.data?.recipients ?? []) {
    for (const unit of recipient.units) states.set(unit.obligationId, unit);
  }
  return (
    <>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('reporting.obligations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.obligations.unit')}</th>
              <th scope="col">{t('reporting.obligations.recipient')}</th>
              <th scope="col">{t('reporting.obligations.due')}</th>
              <th scope="col">{t('reporting.obligations.state')}</th>
              <th scope="col">{t('reporting.obligations.report')}</th>
            </tr>
          </thead>
          <tbody>
            {obligations.data.items.map((obligation) => {
              const state = states.get(obligation.id);
              return (
                <tr key={obligation.id}>
                  <th scope="row">{obligation.unitNameVi}</th>
                  <td>{obligation.recipientNameVi}</td>
                  <td>
                    {obligation.extendedTo != null ? (
                      <>
                        <s>{formatDate(obligation.dueOn, language)}</s>{' '}
                        {t('reporting.obligations.extended', { date: formatDate(obligation.extendedTo, language) })}
                        {obligation.extensionReason && <span className="note"> ({obligation.extensionReason})</span>}
                      </>
                    ) : (
                      formatDate(obligation.dueOn, language)
                    )}
                  </td>
                  <td>{state ? <ReportStateBadge state={reportStateOf(state)} onTime={state.onTime} closedOn={closedOn(state, completeness.data?.lockOn, obligation.extendedTo)} /> : <span className="note">—</span>}</td>
                  <td>
                    <Link to={reportPath(obligation.id, periodId)} aria-label={t('reporting.obligations.openFor', { unit: obligation.unitNameVi })}>
                      {t('reporting.obligations.open')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={page} pageSize={obligationsPageSize} totalCount={obligations.data.totalCount} onPageChange={setPage} />
    </>
  );
}
