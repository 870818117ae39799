import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmPanel } from '@/components/confirm-panel';
import { FileDownload } from '@/components/file-download';
import { FileUpload } from '@/components/file-upload';
import { SignatureBadge } from '@/components/signature-badge';
import { currentLanguage } from '@/config/i18n';
import { formatDateTime } from '@/utils/format';

import { useAttachReportFile, type Attachment } from '../api/attach-report-file';
import { downloadReportAttachment } from '../api/download-report-file';
import { useRemoveReportAttachment } from '../api/remove-report-attachment';

/** The report the reader is writing: its saved draft's id, none before the first save. */
interface DraftInWriting {
  obligationId: number;
  submissionId: number | undefined;
}

export interface ReportAttachmentsProps {
  attachments: readonly Attachment[];
  /** Given while the reader may add files (RecordProgress) to a report still being written; they may then be removed too. */
  draft?: DraftInWriting | undefined;
}

/** The files sent with the report: each can be downloaded; while it is a draft, files are added and removed. */
export function ReportAttachments({ attachments, draft }: ReportAttachmentsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const submissionId = draft?.submissionId;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.attachments.heading')}</h2>
      {draft !== undefined && submissionId !== undefined ? (
        <>
          <RemovableFiles obligationId={draft.obligationId} attachments={attachments} />
          <AttachmentUpload obligationId={draft.obligationId} submissionId={submissionId} />
        </>
      ) : (
        <>
          <FileList attachments={attachments} />
          {draft !== undefined && <p className="hint">{t('reporting.attachments.saveFirst')}</p>}
        </>
      )}
    </section>
  );
}

function FileList({ attachments, onRemove }: { attachments: readonly Attachment[]; onRemove?: (file: Attachment) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (attachments.length === 0) return <p className="empty-state">{t('reporting.attachments.empty')}</p>;
  return (
    <ul className="plain-list">
      {attachments.map((file) => (
        <li key={file.id}>
          <FileDownload fileName={file.fileName} sizeBytes={file.sizeBytes} download={() => downloadReportAttachment(file.id, file.fileName)} />{' '}
          <span className="note">{t('reporting.attachments.uploadedAt', { at: formatDateTime(file.uploadedAt, language) })}</span>{' '}
          <SignatureBadge signature={file.signature} />
          {onRemove && (
            <>
              {' '}
              <button
                type="button"
                className="link-button danger-button"
                aria-label={t('reporting.attachments.removeFile', { name: file.fileName })}
                onClick={() => onRemove(file)}
              >
                {t('reporting.attachments.remove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A draft's files, each removable after a confirmation. The server keeps a file a sent version carries or
 * the unit plan names as its signed document (409): its refusal is shown in the confirmation.
 */
function RemovableFiles({ obligationId, attachments }: { obligationId: number; attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  const removal = useRemoveReportAttachment(obligationId);
  const [confirming, setConfirming] = useState<Attachment | undefined>();
  const [removed, setRemoved] = useState<Attachment | undefined>();

  function ask(file: Attachment) {
    removal.reset();
    setRemoved(undefined);
    setConfirming(file);
  }

  return (
    <>
      <FileList attachments={attachments} onRemove={ask} />
      {confirming && (
        <ConfirmPanel
          key={confirming.id}
          title={t('reporting.attachments.confirmTitle', { name: confirming.fileName })}
          body={t('reporting.attachments.confirmBody')}
          confirmLabel={t('reporting.attachments.remove')}
          pendingLabel={t('reporting.attachments.removing')}
          pending={removal.isPending}
          error={removal.error}
          errorHeading={t('reporting.attachments.removeFailed')}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() =>
            removal.mutate(confirming.id, {
              onSuccess: () => {
                setRemoved(confirming);
                setConfirming(undefined);
              },
            })
          }
        />
      )}
      {removed && (
        <p role="status" className="success">
          {t('reporting.attachments.removed', { name: removed.fileName })}
        </p>
      )}
    </>
  );
}

function AttachmentUpload({ obligationId, submissionId }: { obligationId: number; submissionId: number }) {
  const { t } = useTranslation();
  const upload = useAttachReportFile(obligationId, submissionId);
  return <FileUpload upload={upload} label={t('reporting.attachments.file')} />;
}
