import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDateTime } from '@/utils/format';

import type { SubmissionVersion } from '../api/get-submission';
import { ReportStateBadge } from './report-state';

/**
 * The versions the report kept, one per sending: when it was sent (on time or late) and what the receiver
 * decided — returned with its reason, approved, or still waiting.
 */
export function ReportVersions({ versions }: { versions: readonly SubmissionVersion[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  if (versions.length === 0) return null;
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('reporting.versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.versions.number')}</th>
            <th scope="col">{t('reporting.versions.submittedAt')}</th>
            <th scope="col">{t('reporting.versions.decision')}</th>
            <th scope="col">{t('reporting.versions.reviewedAt')}</th>
            <th scope="col">{t('reporting.versions.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {[...versions]
            .sort((a, b) => b.number - a.number)
            .map((version) => (
              <tr key={version.number}>
                <th scope="row">{t('reporting.versions.name', { number: version.number })}</th>
                <td>
                  {formatDateTime(version.submittedAt, language)}{' '}
                  <span className="note">({t(version.onTime ? 'reporting.state.onTime' : 'reporting.state.late')})</span>
                </td>
                <td>
                  <ReportStateBadge state={version.decision} />
                </td>
                <td>{version.reviewedAt == null ? '—' : formatDateTime(version.reviewedAt, language)}</td>
                <td className="narrative">{version.reason ?? ''}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
