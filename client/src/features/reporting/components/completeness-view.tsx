import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { reportPath } from '@/config/paths';
import { compareNames, formatDate, formatInteger, formatPercent } from '@/utils/format';

import { reportStateOf, useCompleteness, type RecipientCompleteness } from '../api/get-completeness';
import { LevelReports } from './level-reports';
import { ReportStateBadge } from './report-state';

export interface CompletenessViewProps {
  periodId: number;
  /** Whether the reader reviews reports (ReviewReports) and so may sign off the levels it receives. */
  canSignOff: boolean;
}

/**
 * Per receiving unit: how many reports came in, on time or late, and which are missing; opens to its units.
 * Below, each level's consolidated report and its sign-off.
 */
export function CompletenessView({ periodId, canSignOff }: CompletenessViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const completeness = useCompleteness(periodId);
  const [open, setOpen] = useState<number | undefined>();

  if (completeness.isPending) return <Loading />;
  if (completeness.isError) return <ErrorAlert error={completeness.error} onRetry={() => void completeness.refetch()} />;
  const recipients = [...completeness.data.recipients].sort((a, b) => compareNames(a.recipientNameVi, b.recipientNameVi, 'vi'));
  if (recipients.length === 0) return <p className="empty-state">{t('reporting.completeness.empty')}</p>;
  const shown = recipients.find((recipient) => recipient.recipientId === open);
  const number = (value: number) => formatInteger(value, language);

  return (
    <>
      <p className="lead">
        {t('reporting.completeness.due', { date: formatDate(completeness.data.dueOn, language) })}
        {completeness.data.lockOn != null && <> · {t('reporting.completeness.lock', { date: formatDate(completeness.data.lockOn, language) })}</>}
      </p>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('reporting.completeness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.obligations.recipient')}</th>
              {(['expected', 'submitted', 'onTime', 'late', 'missing', 'returned', 'approved'] as const).map((key) => (
                <th key={key} scope="col" className="numeric">
                  {t(`reporting.completeness.${key}`)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('reporting.completeness.submittedRate')}
              </th>
              <th scope="col">{t('reporting.completeness.units')}</th>
            </tr>
          </thead>
          <tbody>
            {recipients.map((recipient) => (
              <tr key={recipient.recipientId}>
                <th scope="row">{recipient.recipientNameVi}</th>
                <td className="numeric">{number(recipient.expected)}</td>
                <td className="numeric">{number(recipient.submitted)}</td>
                <td className="numeric">{number(recipient.onTime)}</td>
                <td className="numeric">{number(recipient.late)}</td>
                <td className="numeric">{number(recipient.missing)}</td>
                <td className="numeric">{number(recipient.returned)}</td>
                <td className="numeric">{number(recipient.approved)}</td>
                <td className="numeric">{formatPercent(recipient.submittedRate, language)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open === recipient.recipientId}
                    onClick={() => setOpen(open === recipient.recipientId ? undefined : recipient.recipientId)}
                  >
                    {t(open === recipient.recipientId ? 'reporting.completeness.hideUnits' : 'reporting.completeness.showUnits', {
                      name: recipient.recipientNameVi,
                    })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown && <RecipientUnits recipient={shown} periodId={periodId} />}
      <LevelReports periodId={periodId} recipients={recipients} canSignOff={canSignOff} />
    </>
  );
}

function RecipientUnits({ recipient, periodId }: { recipient: RecipientCompleteness; periodId: number }) {
  const { t } = useTranslation();
  const captionId = useId();
  const units = [...recipient.units].sort((a, b) => compareNames(a.unitNameVi, b.unitNameVi, 'vi'));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('reporting.completeness.unitsCaption', { name: recipient.recipientNameVi })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.obligations.unit')}</th>
            <th scope="col">{t('reporting.obligations.state')}</th>
            <th scope="col">{t('reporting.obligations.report')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.obligationId}>
              <th scope="row">
                {unit.unitNameVi}
                {unit.countsForUnitId !== unit.unitId && (
                  <span className="note"> — {t('reporting.completeness.countsFor', { unit: unit.countsForNameVi })}</span>
                )}
              </th>
              <td>
                <ReportStateBadge state={reportStateOf(unit)} onTime={unit.onTime} />
              </td>
              <td>
                {unit.status == null ? (
                  <span className="note">—</span>
                ) : (
                  <Link to={reportPath(unit.obligationId, periodId)} aria-label={t('reporting.obligations.openFor', { unit: unit.unitNameVi })}>
                    {t('reporting.obligations.open')}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
