import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import { useObligationState } from '../api/get-completeness';

export interface ReportHeadingProps {
  obligationId: number;
  /** The obligation's period, when the link that led here said it: it names the units and the deadline. */
  periodId: number | undefined;
}

/** The report's title: which unit reports to whom, by when. */
export function ReportHeading({ obligationId, periodId }: ReportHeadingProps) {
  const { t } = useTranslation();
  const { found } = useObligationState(obligationId, periodId);
  const title = found ? t('reporting.report.titleFor', { unit: found.unit.unitNameVi }) : t('reporting.report.title');
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {found && (
        <p className="lead">
          {t('reporting.report.context', { recipient: found.recipient.recipientNameVi, due: formatDate(found.dueOn, currentLanguage()) })}
        </p>
      )}
    </>
  );
}
