import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { documentAccept, documentProblem } from '@/components/file-upload';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { discardWrite, keepFile, type OutboxItem } from '@/lib/offline/outbox';
import { formatDate } from '@/utils/format';

import type { ProgressReport } from '../api/record-progress';

export interface KeptProgressProps {
  /** A progress report waiting in the device's outbox (its body a {@link ProgressReport}). */
  item: OutboxItem;
}

/**
 * A progress report kept on the device, not yet sent: what it says, the evidence files that go after it, a field to
 * add more, and, once the API refused it, why and a way to drop it.
 */
export function KeptProgress({ item }: KeptProgressProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const report = item.body as ProgressReport;
  // A refusal after the report was taken is a file's: the report stands, the files from that one on wait to be dropped.
  const refusedFile = item.written === undefined ? undefined : item.files?.find((file) => !file.sent);
  let said = t('actions.record.keptOnDevice', { date: formatDate(report.reportedOn, currentLanguage()) });
  if (item.state !== 'waiting' && refusedFile !== undefined) said = t('actions.record.fileRefused', { name: refusedFile.name, problem: item.problem ?? '' });
  else if (item.state !== 'waiting') said = t('actions.record.refused', { problem: item.problem ?? '' });

  function addFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const refused = documentProblem(file, t);
    setProblem(refused);
    if (file === undefined || refused !== undefined) return;
    // Sent meanwhile, the report keeps no more files: this panel then leaves, and the report's own evidence field takes its place.
    void keepFile(item.id, file).then(
      () => {
        if (fileInput.current) fileInput.current.value = '';
      },
      () => setProblem(t('actions.record.fileNotKept')),
    );
  }

  return (
    <div className="panel">
      <p role="status" className={item.state === 'waiting' ? 'autosave-status' : 'autosave-status not-saved'}>
        {said}
      </p>
      {(item.files ?? []).length > 0 && (
        <ul aria-label={t('actions.record.keptFiles')}>
          {(item.files ?? []).map((file) => (
            <li key={file.idempotencyKey}>
              {file.name} — {file.sent ? t('actions.record.fileSent') : t('actions.record.fileWaiting')}
            </li>
          ))}
        </ul>
      )}
      {item.state === 'waiting' ? (
        <form className="evidence-upload" onSubmit={addFile} noValidate>
          <FormField label={t('actions.evidence.file')} hint={t('common.upload.hint')} errors={problem ? [problem] : undefined}>
            {(control) => <input {...control} ref={fileInput} type="file" accept={documentAccept} onChange={() => setProblem(undefined)} />}
          </FormField>
          <div className="form-actions">
            <button type="submit">{t('actions.record.keepFile')}</button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => void discardWrite(item.id)}>
            {refusedFile === undefined ? t('actions.record.discard') : t('actions.record.discardFiles')}
          </button>
        </div>
      )}
    </div>
  );
}
