import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FileProblemsTable } from '@/components/file-problems-table';
import { TableFileField } from '@/components/table-file-field';
import { TableScroll } from '@/components/table-scroll';
import { UploadProgress } from '@/components/upload-progress';
import { currentLanguage } from '@/config/i18n';
import { fileProblemsOf } from '@/lib/file-problems';
import { formatInteger } from '@/utils/format';

import { previewToConfirmOf, useImportScoreRelease, type ImportedYear, type ImportScoreReleaseResult } from '../api/import-score-release';
import { ImportPreview } from './import-preview';

/**
 * Uploads a score file with a progress bar: first, if the reader likes, as a preview of what it would
 * change; then for real. A file that would remove provinces or change many values is shown with its
 * preview and goes in only once the reader confirms. Lists the years imported or the file's problems.
 */
export function ScoreImportForm() {
  const { t } = useTranslation();
  const upload = useImportScoreRelease();
  const fileInput = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [progress, setProgress] = useState(0);
  const problems = fileProblemsOf(upload.error);
  const toConfirm = previewToConfirmOf(upload.error);

  function send(options: { dryRun?: boolean; confirm?: boolean }) {
    const file = fileInput.current?.files?.[0];
    setMissingFile(file === undefined);
    if (file === undefined || upload.isPending) return;
    setProgress(0);
    upload.mutate({ file, onProgress: setProgress, ...options });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send({});
  }

  return (
    <>
      <form className="stacked-form" onSubmit={submit} noValidate>
        <TableFileField
          label={t('scoreImport.file')}
          missingMessage={missingFile ? t('scoreImport.chooseFile') : undefined}
          inputRef={fileInput}
          onChange={() => {
            setMissingFile(false);
            upload.reset();
          }}
        />
        <div className="form-actions">
          <button type="button" disabled={upload.isPending} onClick={() => send({ dryRun: true })}>
            {t('scoreImport.preview.submit')}
          </button>
          <button type="submit" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
            {upload.isPending ? t('scoreImport.uploading') : t('scoreImport.submit')}
          </button>
        </div>
        {upload.isPending && <UploadProgress fraction={progress} label={t('scoreImport.progress')} />}
      </form>
      {upload.isSuccess && upload.data.dryRun && (
        <PreviewToImport years={upload.data.years} pending={upload.isPending} onImport={(confirm) => send({ confirm })} />
      )}
      {upload.isSuccess && !upload.data.dryRun && <ImportResult result={upload.data} />}
      {toConfirm ? (
        <PreviewToImport years={toConfirm} refused pending={upload.isPending} onImport={(confirm) => send({ confirm })} />
      ) : (
        upload.isError && <ErrorAlert error={upload.error} heading={t('scoreImport.failed')} />
      )}
      {problems && <FileProblemsTable problems={problems} />}
    </>
  );
}

interface PreviewToImportProps {
  years: readonly ImportedYear[];
  /** The import was sent and refused (409) for want of a confirmation, rather than previewed. */
  refused?: boolean;
  pending: boolean;
  onImport: (confirm: boolean) => void;
}

/** A preview with the one button that imports the file: a confirmation when it replaces too much. */
function PreviewToImport({ years, refused = false, pending, onImport }: PreviewToImportProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const needsConfirmation = years.some((year) => year.changes.needsConfirmation);

  useEffect(() => {
    heading.current?.focus();
  }, [years]);

  return (
    <section className="panel" aria-labelledby={headingId} role={refused ? 'alert' : undefined}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {refused ? t('scoreImport.preview.needsConfirmation') : t('scoreImport.preview.heading')}
      </h2>
      {!refused && <p>{t('scoreImport.preview.nothingWritten')}</p>}
      <ImportPreview years={years} />
      <div className="form-actions">
        <button type="button" disabled={pending} onClick={() => onImport(needsConfirmation)}>
          {needsConfirmation ? t('scoreImport.preview.confirm') : t('scoreImport.preview.import')}
        </button>
      </div>
    </section>
  );
}

function ImportResult({ result }: { result: ImportScoreReleaseResult }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const captionId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const years = [...result.years].sort((a, b) => a.surveyYear - b.surveyYear);

  // The upload is done: take the reader to what it did.
  useEffect(() => {
    heading.current?.focus();
  }, [result]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('scoreImport.result.heading')}
      </h2>
      <p className="hint">{t('scoreImport.result.checksum', { sha256: result.sha256 })}</p>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('scoreImport.result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scoreImport.result.year')}</th>
              <th scope="col">{t('scoreImport.result.version')}</th>
              <th scope="col" className="numeric">
                {t('scoreImport.result.provinces')}
              </th>
              <th scope="col">{t('scoreImport.result.status')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.surveyYear}>
                <th scope="row">{year.surveyYear}</th>
                <td>{year.frameworkVersion}</td>
                <td className="numeric">{formatInteger(year.provinces, language)}</td>
                <td>
                  {year.replaced ? (
                    <span className="badge badge-replaced">{t('scoreImport.result.replaced', { revision: year.revision })}</span>
                  ) : (
                    <span className="badge badge-new">{t('scoreImport.result.new')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
