import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';
import { deviceUser, isNetworkFailure, keepWrite, subscribeSent } from '@/lib/offline/outbox';
import { useDevicePosts } from '@/lib/offline/use-outbox';
import { localDateInVietnam } from '@/utils/format';

import { actionStatuses, type ActionItem, type ActionStatus } from '../api/get-action-items';
import { evidencePathOf } from '../api/attach-evidence';
import { progressPath, progressRecorded, useRecordProgress, type ProgressReport } from '../api/record-progress';
import { actionUnitName } from '../names';
import { EvidenceUpload } from './evidence-upload';
import { KeptProgress } from './kept-progress';

export interface RecordProgressFormProps {
  action: ActionItem;
  /** Units the reader works for; the first of the action's units among them is chosen by default. */
  preferredUnitIds: readonly number[];
  /** The day the report is dated by default (today in Vietnam unless told, e.g. a period's cut-off). */
  defaultReportedOn?: string | undefined;
  /** Called once progress, or evidence for it, is stored: a view that shows it elsewhere reads it again. */
  onRecorded?: (() => void) | undefined;
}

type Field = 'unitId' | 'reportedOn' | 'status' | 'percent' | 'narrative';
const fields: readonly Field[] = ['unitId', 'reportedOn', 'status', 'percent', 'narrative'];

/**
 * Reports a unit's progress on the action; once recorded, evidence can be attached to the report. Without a
 * connection the report is kept on the device (src/lib/offline) with the files chosen for it, and sent with them
 * when the connection returns.
 */
export function RecordProgressForm({ action, preferredUnitIds, defaultReportedOn, onRecorded }: RecordProgressFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const record = useRecordProgress();
  const form = useRef<HTMLFormElement>(null);
  const defaultUnit = action.units.find((unit) => preferredUnitIds.includes(unit.unitId)) ?? action.units[0];
  const [unitId, setUnitId] = useState(defaultUnit ? String(defaultUnit.unitId) : '');
  const [reportedOn, setReportedOn] = useState(defaultReportedOn ?? localDateInVietnam());
  const [status, setStatus] = useState<ActionStatus>(action.status === 'NotStarted' ? 'InProgress' : action.status);
  const [percent, setPercent] = useState('');
  const [narrative, setNarrative] = useState('');
  const queryClient = useQueryClient();
  const kept = useDevicePosts(progressPath(action.id));
  // The report evidence can now be attached to: recorded here online, or sent from the device.
  const [recordedId, setRecordedId] = useState<number>();
  const [notKept, setNotKept] = useState<unknown>();
  const errors = fieldErrorsOf(record.error, fields);
  useFocusFirstInvalid(form, record.error);

  function recorded(progressId: number) {
    setPercent('');
    setNarrative('');
    setRecordedId(progressId);
    onRecorded?.();
  }

  /** Keeps the report on the device under the key this try was sent with, so a lost answer cannot make it twice. */
  async function keepOnDevice(report: ProgressReport, idempotencyKey: string): Promise<void> {
    const userId = deviceUser();
    if (userId === undefined) throw new Error('No signed-in user to keep the progress report for.');
    await keepWrite(userId, { method: 'POST', path: progressPath(action.id), body: report, ifMatch: undefined, idempotencyKey, filesTo: evidencePathOf });
    record.reset();
    setPercent('');
    setNarrative('');
    setRecordedId(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const report = { unitId: Number(unitId), reportedOn, status, percent: percent === '' ? -1 : Number(percent), narrative: narrative.trim() };
    const idempotencyKey = crypto.randomUUID();
    setNotKept(undefined);
    record.mutate(
      { actionId: action.id, report, idempotencyKey },
      {
        onSuccess: (answer) => recorded(answer.id),
        onError: (error) => {
          if (isNetworkFailure(error)) void keepOnDevice(report, idempotencyKey).catch(setNotKept);
        },
      },
    );
  }

  // A report kept on the device was sent (here or by the layout's sync): it is recorded, its kept files with it.
  const takeSent = useEffectEvent((progressId: number) => {
    void progressRecorded(queryClient, action.id);
    recorded(progressId);
  });
  useEffect(
    () =>
      subscribeSent(({ item, answer }) => {
        if (item.method === 'POST' && item.path === progressPath(action.id)) takeSent((answer.data as { id: number }).id);
      }),
    [action.id],
  );

  return (
    <>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate>
        {notKept !== undefined && <ErrorAlert error={notKept} heading={t('actions.record.notKept')} />}
        {record.isError && !isNetworkFailure(record.error) && (!errors.any || errors.other.length > 0) && (
          <ErrorAlert error={record.error} heading={t('actions.record.failed')}>
            {errors.other.length > 0 && (
              <ul>
                {errors.other.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </ErrorAlert>
        )}
        <FormField label={t('actions.record.unit')} errors={errors.byField.unitId}>
          {(control) => (
            <select {...control} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
              {action.units.map((unit) => (
                <option key={`${unit.unitId}-${unit.role}`} value={unit.unitId}>
                  {actionUnitName(unit, language)} ({t(`actions.unitRole.${unit.role}`)})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('actions.record.reportedOn')} errors={errors.byField.reportedOn}>
          {(control) => <input {...control} type="date" value={reportedOn} onChange={(event) => setReportedOn(event.target.value)} />}
        </FormField>
        <FormField label={t('actions.record.status')} errors={errors.byField.status}>
          {(control) => (
            <select {...control} value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
              {actionStatuses.map((option) => (
                <option key={option} value={option}>
                  {t(`actions.status.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('actions.record.percent')} errors={errors.byField.percent}>
          {(control) => (
            <input {...control} type="number" inputMode="numeric" min={0} max={100} step={1} value={percent} onChange={(event) => setPercent(event.target.value)} />
          )}
        </FormField>
        <FormField label={t('actions.record.narrative')} errors={errors.byField.narrative}>
          {(control) => <textarea {...control} rows={4} value={narrative} onChange={(event) => setNarrative(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" disabled={action.units.length === 0} aria-busy={record.isPending || undefined}>
            {record.isPending ? t('actions.record.saving') : t('actions.record.submit')}
          </button>
        </div>
      </form>
      {kept.map((item) => (
        <KeptProgress key={item.id} item={item} />
      ))}
      {recordedId !== undefined && (
        <div className="panel">
          <p role="status" className="success">
            {t('actions.record.done')}
          </p>
          <EvidenceUpload actionId={action.id} progressId={recordedId} {...(onRecorded ? { onUploaded: onRecorded } : {})} />
        </div>
      )}
    </>
  );
}
