import type { ReactNode, RefObject } from 'react';

import { FormField } from '@/components/form-field';

/** The spreadsheets an import takes: the API reads CSV and XLSX (by content, not by name). */
const tableFileTypes = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface TableFileFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown on the field when the form was sent without a file. */
  missingMessage?: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A new file was chosen: the form forgets the last answer and the missing-file message. */
  onChange: () => void;
}

/** The file field of an import (units, scores): one CSV or XLSX file, read from `inputRef` when the form is sent. */
export function TableFileField({ label, hint, missingMessage, inputRef, onChange }: TableFileFieldProps) {
  return (
    <FormField label={label} hint={hint} errors={missingMessage === undefined ? undefined : [missingMessage]}>
      {(control) => <input {...control} ref={inputRef} type="file" accept={tableFileTypes} onChange={onChange} />}
    </FormField>
  );
}
