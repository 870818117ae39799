import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { VersionConflictAlert } from '@/components/version-conflict-alert';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { isVersionConflict } from '@/lib/api-client';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { components } from '@/types/api';

import type { VersionedActionItem } from '../api/get-action-item';
import { useReviseActionItem, type ActionItemRevision } from '../api/revise-action-item';

type ReviewCadence = components['schemas']['ReviewCadence'];
const cadences = ['Monthly', 'Quarterly', 'HalfYearly', 'Yearly'] as const satisfies readonly ReviewCadence[];

type Field = 'textVi' | 'textEn' | 'startDate' | 'dueDate' | 'recurring' | 'reviewCadence';
const fields: readonly Field[] = ['textVi', 'textEn', 'startDate', 'dueDate', 'recurring', 'reviewCadence'];

export interface EditActionFormProps {
  answer: VersionedActionItem;
  reloading: boolean;
  onReload: () => void;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * Edits an action's text and dates. The edit names the version it started from (ETag → If-Match);
 * when someone else saved in between, the API refuses it and the reader reloads and edits again.
 */
export function EditActionForm({ answer, reloading, onReload, onSaved, onCancel }: EditActionFormProps) {
  const { t } = useTranslation();
  const revise = useReviseActionItem();
  const form = useRef<HTMLFormElement>(null);
  const action = answer.data;
  const [textVi, setTextVi] = useState(action.textVi);
  const [textEn, setTextEn] = useState(action.textEn ?? '');
  const [startDate, setStartDate] = useState(action.startDate ?? '');
  const [dueDate, setDueDate] = useState(action.dueDate ?? '');
  const [recurring, setRecurring] = useState(action.recurring);
  const [reviewCadence, setReviewCadence] = useState<ReviewCadence | ''>(action.reviewCadence ?? '');
  const errors = fieldErrorsOf(revise.error, fields);
  const conflict = isVersionConflict(revise.error);
  useFocusFirstInvalid(form, revise.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (revise.isPending) return;
    const revision: ActionItemRevision = {
      textVi: textVi.trim(),
      textEn: textEn.trim() === '' ? null : textEn.trim(),
      startDate: startDate === '' ? null : startDate,
      dueDate: dueDate === '' ? null : dueDate,
      recurring,
      reviewCadence: reviewCadence === '' ? null : reviewCadence,
    };
    // Not mutate's onSuccess: saving swaps the ETag, which remounts this form before such a callback runs.
    revise.mutateAsync({ id: action.id, etag: answer.etag, revision }).then(onSaved, () => {
      // The error is in revise.error, shown above the form.
    });
  }

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate>
      {conflict && <VersionConflictAlert error={revise.error} onReload={onReload} reloading={reloading} />}
      {revise.isError && !conflict && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={revise.error} heading={t('actions.edit.failed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      <FormField label={t('actions.edit.textVi')} errors={errors.byField.textVi}>
        {(control) => <textarea {...control} rows={4} value={textVi} onChange={(event) => setTextVi(event.target.value)} />}
      </FormField>
      <FormField label={t('actions.edit.textEn')} errors={errors.byField.textEn}>
        {(control) => <textarea {...control} rows={4} value={textEn} onChange={(event) => setTextEn(event.target.value)} />}
      </FormField>
      <FormField label={t('actions.edit.startDate')} errors={errors.byField.startDate}>
        {(control) => <input {...control} type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} />}
      </FormField>
      <FormField label={t('actions.edit.dueDate')} errors={errors.byField.dueDate}>
        {(control) => <input {...control} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />}
      </FormField>
      <FormField label={t('actions.edit.recurring')} errors={errors.byField.recurring}>
        {(control) => <input {...control} type="checkbox" checked={recurring} onChange={(event) => setRecurring(event.target.checked)} />}
      </FormField>
      <FormField label={t('actions.edit.reviewCadence')} errors={errors.byField.reviewCadence}>
        {(control) => (
          <select {...control} value={reviewCadence} onChange={(event) => setReviewCadence(event.target.value as ReviewCadence | '')}>
            <option value="">{t('actions.edit.noCadence')}</option>
            {cadences.map((cadence) => (
              <option key={cadence} value={cadence}>
                {t(`actions.cadence.${cadence}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" disabled={conflict} aria-busy={revise.isPending || undefined}>
          {revise.isPending ? t('actions.edit.saving') : t('actions.edit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
