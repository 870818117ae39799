import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FileProblemsTable } from '@/components/file-problems-table';
import { TableFileField } from '@/components/table-file-field';
import { currentLanguage } from '@/config/i18n';
import { fileProblemsOf } from '@/lib/file-problems';
import { formatInteger } from '@/utils/format';

import { useImportOrgUnits } from '../api/import-org-units';

/** Adds units from a CSV or XLSX file, all or nothing; a refused file lists its problems by row and column. */
export function ImportUnitsForm() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const importUnits = useImportOrgUnits();
  const fileInput = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  const problems = fileProblemsOf(importUnits.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(file === undefined);
    if (file === undefined || importUnits.isPending) return;
    importUnits.mutate(file);
  }

  return (
    <form className="stacked-form" onSubmit={submit} noValidate>
      <TableFileField
        label={t('units.import.file')}
        hint={t('units.import.hint')}
        missingMessage={missingFile ? t('units.import.chooseFile') : undefined}
        inputRef={fileInput}
        onChange={() => {
          setMissingFile(false);
          importUnits.reset();
        }}
      />
      <div className="form-actions">
        <button type="submit" aria-busy={importUnits.isPending || undefined}>
          {importUnits.isPending ? t('units.import.submitting') : t('units.import.submit')}
        </button>
      </div>
      {importUnits.isSuccess && (
        <p role="status" className="success">
          {t('units.import.created', {
            count: importUnits.data.created,
            formatted: formatInteger(importUnits.data.created, language),
          })}
        </p>
      )}
      {importUnits.isError && <ErrorAlert error={importUnits.error} heading={t('units.import.failed')} />}
      {problems && <FileProblemsTable problems={problems} />}
    </form>
  );
}
