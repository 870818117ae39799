import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDateTime } from '@/utils/format';

import type { FrameworkDimension } from '../api/get-dimensions';
import type { SubmissionVersion } from '../api/get-submission';
import { useSubmissionVersion } from '../api/get-submission-version';
import { ReportStateBadge } from './report-state';
import { SentReport } from './sent-report';

export interface ReportVersionsProps {
  submissionId: number;
  versions: readonly SubmissionVersion[];
  /** What a version's content is read with: the narratives' dimensions, and whether it is a unit plan. */
  dimensions: readonly FrameworkDimension[];
  isUnitPlan: boolean;
}

/**
 * The versions the report kept, one per sending: when it was sent (on time or late) and what the receiver
 * decided — returned with its reason, approved (and, if so, whether it was reopened since, when and why),
 * or still waiting. Each opens to what was sent, read-only.
 */
export function ReportVersions({ submissionId, versions, dimensions, isUnitPlan }: ReportVersionsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const [shown, setShown] = useState<number | undefined>();
  if (versions.length === 0) return null;
  return (
    <>
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
              <th scope="col">{t('reporting.versions.content')}</th>
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
                    {version.reopenedAt != null && (
                      <span className="note"> {t('reporting.versions.reopenedAt', { at: formatDateTime(version.reopenedAt, language) })}</span>
                    )}
                  </td>
                  <td>{version.reviewedAt == null ? '—' : formatDateTime(version.reviewedAt, language)}</td>
                  <td className="narrative">
                    {[version.reason, version.reopenReason == null ? null : t('reporting.versions.reopenReason', { reason: version.reopenReason })]
                      .filter((text) => text != null)
                      .join(' ')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={shown === version.number}
                      onClick={() => setShown(shown === version.number ? undefined : version.number)}
                    >
                      {t(shown === version.number ? 'reporting.versions.hide' : 'reporting.versions.show', { number: version.number })}
                    </button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableScroll>
      {shown !== undefined && <VersionContent key={shown} submissionId={submissionId} number={shown} dimensions={dimensions} isUnitPlan={isUnitPlan} />}
    </>
  );
}

function VersionContent({ submissionId, number, dimensions, isUnitPlan }: { submissionId: number; number: number } & Omit<ReportVersionsProps, 'submissionId' | 'versions'>) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const sent = useSubmissionVersion({ id: submissionId, number });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.versions.contentOf', { number })}</h2>
      {sent.isPending && <Loading />}
      {sent.isError && <ErrorAlert error={sent.error} onRetry={() => void sent.refetch()} />}
      {sent.isSuccess && (
        <>
          <p className="hint">{t('reporting.versions.sentAt', { at: formatDateTime(sent.data.version.submittedAt, language) })}</p>
          <SentReport content={sent.data.content} dimensions={dimensions} isUnitPlan={isUnitPlan} />
        </>
      )}
    </section>
  );
}
