import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { UploadProgress } from '@/components/upload-progress';

/**
 * What the API takes as a document (evidence, a report's attachments): PDF, DOCX, XLSX, JPG or PNG,
 * checked there by content, at most 20 MB. Checked here by name and size too, so a reader does not wait
 * for a 20 MB upload to be refused.
 */
export const documentMaxBytes = 20 * 1024 * 1024;
const documentExtensions = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png'];

/** Why a file cannot go as a document, in the reader's words; undefined when it can. */
export function documentProblem(file: File | undefined, t: TFunction): string | undefined {
  if (file === undefined) return t('common.upload.chooseFile');
  if (!documentExtensions.some((extension) => file.name.toLowerCase().endsWith(extension))) return t('common.upload.wrongType');
  if (file.size > documentMaxBytes) return t('common.upload.tooLarge');
  return undefined;
}

/** The file field's `accept`: the documents the API takes. */
export const documentAccept = documentExtensions.join(',');

/** One file to send, and where to report how much of it has gone. */
export interface UploadInput {
  file: File;
  onProgress: (fraction: number) => void;
}

/** The feature's upload (it knows where the file goes and what to read again afterwards). */
export type UploadMutation = UseMutationResult<{ fileName: string }, Error, UploadInput>;

export interface FileUploadProps {
  upload: UploadMutation;
  /** The file field's label, in the reader's words: "Evidence file", "Attachment". */
  label: string;
  /** Called with the file's name once it is stored. */
  onUploaded?: (fileName: string) => void;
}

/** Sends one document with a progress bar; the server's refusal (type, size) is shown in the reader's language. */
export function FileUpload({ upload, label, onUploaded }: FileUploadProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const refused = documentProblem(file, t);
    setProblem(refused);
    if (file === undefined || refused !== undefined || upload.isPending) return;
    setProgress(0);
    upload.mutate(
      { file, onProgress: setProgress },
      {
        onSuccess: ({ fileName }) => {
          if (fileInput.current) fileInput.current.value = '';
          onUploaded?.(fileName);
        },
      },
    );
  }

  return (
    <form className="evidence-upload" onSubmit={submit} noValidate>
      <FormField label={label} hint={t('common.upload.hint')} errors={problem ? [problem] : undefined}>
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept={documentAccept}
            onChange={() => {
              setProblem(undefined);
              upload.reset();
            }}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
          {upload.isPending ? t('common.upload.uploading') : t('common.upload.submit')}
        </button>
      </div>
      {upload.isPending && <UploadProgress fraction={progress} label={t('common.upload.progress')} />}
      {upload.isSuccess && (
        <p role="status" className="success">
          {t('common.upload.done', { name: upload.data.fileName })}
        </p>
      )}
      {upload.isError && <ErrorAlert error={upload.error} heading={t('common.upload.failed')} showFieldErrors />}
    </form>
  );
}
