import { useTranslation } from 'react-i18next';

import { FileUpload } from '@/components/file-upload';

import { useAttachEvidence } from '../api/attach-evidence';

export interface EvidenceUploadProps {
  actionId: number;
  progressId: number;
  /** Called once the file is stored, for a view that shows the evidence elsewhere (a report). */
  onUploaded?: () => void;
}

/** Attaches a file to one progress report, with a progress bar while it uploads. */
export function EvidenceUpload({ actionId, progressId, onUploaded }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const upload = useAttachEvidence(actionId, progressId);
  return <FileUpload upload={upload} label={t('actions.evidence.file')} {...(onUploaded ? { onUploaded: () => onUploaded() } : {})} />;
}
