import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { formatPercent } from '@/utils/format';

import { evidenceAccept, evidenceMaxBytes, useAttachEvidence } from '../api/attach-evidence';

export interface EvidenceUploadProps {
  actionId: number;
  progressId: number;
}

/** Attaches a file to one progress report, with a progress bar while it uploads. */
export function EvidenceUpload({ actionId, progressId }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const upload = useAttachEvidence();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      setProblem(t('actions.evidence.chooseFile'));
      return;
    }
    if (file.size > evidenceMaxBytes) {
      setProblem(t('actions.evidence.tooLarge'));
      return;
    }
    setProblem(undefined);
    if (upload.isPending) return;
    setProgress(0);
    upload.mutate(
      { actionId, progressId, file, onProgress: setProgress },
      {
        onSuccess: () => {
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  }

  return (
    <form className="evidence-upload" onSubmit={submit} noValidate>
      <FormField label={t('actions.evidence.file')} hint={t('actions.evidence.hint')} errors={problem ? [problem] : undefined}>
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept={evidenceAccept}
            onChange={() => {
              setProblem(undefined);
              upload.reset();
            }}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
          {upload.isPending ? t('actions.evidence.uploading') : t('actions.evidence.submit')}
        </button>
      </div>
      {upload.isPending && (
        <div className="progress">
          <progress aria-label={t('actions.evidence.progress')} max={1} value={progress} />
          <span aria-hidden="true">{formatPercent(progress, language)}</span>
        </div>
      )}
      {upload.isSuccess && (
        <p role="status" className="success">
          {t('actions.evidence.done', { name: upload.data.fileName })}
        </p>
      )}
      {upload.isError && <ErrorAlert error={upload.error} heading={t('actions.evidence.failed')} showFieldErrors />}
    </form>
  );
}
