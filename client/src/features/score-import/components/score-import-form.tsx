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

import { useImportScoreRelease, type ImportScoreReleaseResult } from '../api/import-score-release';

/** Uploads a score file with a progress bar, then lists the years imported or the file's problems. */
export function ScoreImportForm() {
  const { t } = useTranslation();
  const upload = useImportScoreRelease();
  const fileInput = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [progress, setProgress] = useState(0);
  const problems = fileProblemsOf(upload.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(file === undefined);
    if (file === undefined || upload.isPending) return;
    setProgress(0);
    upload.mutate({ file, onProgress: setProgress });
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
          <button type="submit" disabled={upload.isPending} aria-busy={upload.isPending || undefined}>
            {upload.isPending ? t('scoreImport.uploading') : t('scoreImport.submit')}
          </button>
        </div>
        {upload.isPending && <UploadProgress fraction={progress} label={t('scoreImport.progress')} />}
      </form>
      {upload.isSuccess && <ImportResult result={upload.data} />}
      {upload.isError && <ErrorAlert error={upload.error} heading={t('scoreImport.failed')} />}
      {problems && <FileProblemsTable problems={problems} />}
    </>
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
      {result.provincesCreated > 0 && (
        <p>
          {t('scoreImport.result.provincesCreated', {
            count: result.provincesCreated,
            formatted: formatInteger(result.provincesCreated, language),
          })}
        </p>
      )}
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
