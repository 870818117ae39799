import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { FileDownload } from '@/components/file-download';
import { FileUpload } from '@/components/file-upload';
import { currentLanguage } from '@/config/i18n';
import { formatDateTime } from '@/utils/format';

import { useAttachReportFile, type Attachment } from '../api/attach-report-file';
import { downloadReportAttachment } from '../api/download-report-file';

export interface ReportAttachmentsProps {
  obligationId: number;
  attachments: readonly Attachment[];
  /** The saved draft's id while files may still be added; none once sent, or before the first save. */
  draftId: number | undefined;
  /** Whether the reader may add files (RecordProgress) to a report still being written. */
  canAttach: boolean;
}

/** The files sent with the report: each can be downloaded; more can be attached while it is a draft. */
export function ReportAttachments({ obligationId, attachments, draftId, canAttach }: ReportAttachmentsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.attachments.heading')}</h2>
      {attachments.length === 0 ? (
        <p className="empty-state">{t('reporting.attachments.empty')}</p>
      ) : (
        <ul className="plain-list">
          {attachments.map((file) => (
            <li key={file.id}>
              <FileDownload fileName={file.fileName} sizeBytes={file.sizeBytes} download={() => downloadReportAttachment(file.id, file.fileName)} />{' '}
              <span className="note">{t('reporting.attachments.uploadedAt', { at: formatDateTime(file.uploadedAt, language) })}</span>
            </li>
          ))}
        </ul>
      )}
      {canAttach &&
        (draftId === undefined ? (
          <p className="hint">{t('reporting.attachments.saveFirst')}</p>
        ) : (
          <AttachmentUpload obligationId={obligationId} submissionId={draftId} />
        ))}
    </section>
  );
}

function AttachmentUpload({ obligationId, submissionId }: { obligationId: number; submissionId: number }) {
  const { t } = useTranslation();
  const upload = useAttachReportFile(obligationId, submissionId);
  return <FileUpload upload={upload} label={t('reporting.attachments.file')} />;
}
