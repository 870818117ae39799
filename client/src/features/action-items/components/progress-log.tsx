import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FileDownload } from '@/components/file-download';
import { SignatureBadge } from '@/components/signature-badge';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { currentLanguage } from '@/config/i18n';
import { formatDate, formatDateTime, formatPercent } from '@/utils/format';

import { downloadEvidence } from '../api/download-evidence';
import { progressPageSize, useActionProgress, type ActionProgress, type Evidence } from '../api/get-action-progress';
import { ActionStatusBadge } from './action-badges';
import { EvidenceUpload } from './evidence-upload';

export interface ProgressLogProps {
  actionId: number;
  /** Whether the reader may attach evidence (RecordProgress); the API checks the unit too. */
  canAttach: boolean;
}

/** An action's progress reports, newest first, each with its evidence files. */
export function ProgressLog({ actionId, canAttach }: ProgressLogProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const progress = useActionProgress(actionId, page);

  if (progress.isPending) return <Loading />;
  if (progress.isError) return <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />;
  if (progress.data.items.length === 0) return <p className="empty-state">{t('actions.progress.empty')}</p>;
  return (
    <>
      <ol className="progress-log">
        {progress.data.items.map((entry) => (
          <ProgressEntry key={entry.id} entry={entry} canAttach={canAttach} />
        ))}
      </ol>
      <Pagination page={page} pageSize={progressPageSize} totalCount={progress.data.totalCount} onPageChange={setPage} />
    </>
  );
}

function ProgressEntry({ entry, canAttach }: { entry: ActionProgress; canAttach: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const [attaching, setAttaching] = useState(false);
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="small-heading">
        {t('actions.progress.entryHeading', { date: formatDate(entry.reportedOn, language), unit: entry.unitNameVi })}
      </h3>
      <p>
        <ActionStatusBadge status={entry.status} /> {t('actions.progress.percent', { value: formatPercent(entry.percent / 100, language) })}
        <span className="note"> · {t('actions.progress.recordedAt', { at: formatDateTime(entry.recordedAt, language) })}</span>
      </p>
      <p className="narrative">{entry.narrative}</p>
      {entry.evidence.length > 0 && (
        <ul className="plain-list" aria-label={t('actions.evidence.listLabel')}>
          {entry.evidence.map((file) => (
            <li key={file.id}>
              <EvidenceLink file={file} />
            </li>
          ))}
        </ul>
      )}
      {canAttach &&
        (attaching ? (
          <EvidenceUpload actionId={entry.actionItemId} progressId={entry.id} />
        ) : (
          <button type="button" className="link-button" onClick={() => setAttaching(true)}>
            {t('actions.evidence.attach')}
          </button>
        ))}
    </li>
  );
}

function EvidenceLink({ file }: { file: Evidence }) {
  return (
    <>
      <FileDownload fileName={file.fileName} sizeBytes={file.sizeBytes} download={() => downloadEvidence(file.id, file.fileName)} />{' '}
      <SignatureBadge signature={file.signature} />
    </>
  );
}
