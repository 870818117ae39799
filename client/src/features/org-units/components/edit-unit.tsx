import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { VersionConflictAlert } from '@/components/version-conflict-alert';
import { currentLanguage } from '@/config/i18n';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useOrgUnit, type VersionedOrgUnit } from '../api/get-org-unit';
import { isVersionConflict, useUpdateOrgUnit, type UpdateOrgUnitBody } from '../api/update-org-unit';
import { unitName } from '../names';

export interface EditUnitProps {
  unitId: number;
  onClose: () => void;
}

/**
 * Renames a unit or changes its code. The edit names the version it started from (ETag → If-Match);
 * when someone else saved in between, the API refuses it and the reader reloads and edits again,
 * so neither change is lost silently.
 */
export function EditUnit({ unitId, onClose }: EditUnitProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const unit = useOrgUnit(unitId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  // Take the reader to the form they asked for.
  useEffect(() => {
    headingRef.current?.focus();
  }, [unitId]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('units.edit.heading', { name: unit.data ? unitName(unit.data.data, language) : `#${unitId}` })}
      </h2>
      {unit.isPending ? (
        <Loading />
      ) : unit.isError ? (
        <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />
      ) : (
        <EditUnitForm
          // A reloaded version starts a fresh form, with the values someone else saved.
          key={unit.data.etag ?? 'none'}
          answer={unit.data}
          reloading={unit.isFetching}
          onReload={() => {
            setSaved(false);
            void unit.refetch();
          }}
          onSaved={() => setSaved(true)}
          onEdit={() => setSaved(false)}
          onClose={onClose}
        />
      )}
      {saved && (
        <p role="status" className="success">
          {t('units.edit.saved')}
        </p>
      )}
    </section>
  );
}

type Field = 'nameVi' | 'nameEn' | 'code';
const fields: readonly Field[] = ['nameVi', 'nameEn', 'code'];

interface EditUnitFormProps {
  answer: VersionedOrgUnit;
  reloading: boolean;
  onReload: () => void;
  onSaved: () => void;
  onEdit: () => void;
  onClose: () => void;
}

function EditUnitForm({ answer, reloading, onReload, onSaved, onEdit, onClose }: EditUnitFormProps) {
  const { t } = useTranslation();
  const update = useUpdateOrgUnit();
  const unit = answer.data;
  const [values, setValues] = useState<Record<Field, string>>({
    nameVi: unit.nameVi,
    nameEn: unit.nameEn ?? '',
    code: unit.code ?? '',
  });
  const errors = fieldErrorsOf(update.error, fields);
  const conflict = isVersionConflict(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const change: UpdateOrgUnitBody = {
      nameVi: values.nameVi.trim(),
      nameEn: values.nameEn.trim() === '' ? null : values.nameEn.trim(),
      code: values.code.trim() === '' ? null : values.code.trim(),
      // The reporting line is not edited here; send it back unchanged.
      reportsToId: unit.reportsToId ?? null,
    };
    // Not mutate's onSuccess: saving swaps the ETag, which remounts this form before such a callback runs.
    update.mutateAsync({ id: unit.id, etag: answer.etag, change }).then(onSaved, () => {
      // The error is in update.error, shown above the form.
    });
  }

  function set(field: Field, value: string) {
    onEdit();
    setValues((current) => ({ ...current, [field]: value }));
  }

  return (
    <form className="stacked-form" onSubmit={submit} noValidate>
      {conflict && (
        <VersionConflictAlert
          error={update.error}
          onReload={onReload}
          reloading={reloading}
          texts={{
            conflictTitle: t('units.conflict.title'),
            conflictBody: t('units.conflict.body'),
            missingTitle: t('units.preconditionRequired.title'),
            missingBody: t('units.preconditionRequired.body'),
          }}
        />
      )}
      {update.isError && !conflict && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={update.error} heading={t('units.edit.failed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {fields.map((field) => (
        <FormField key={field} label={t(`units.fields.${field}`)} errors={errors.byField[field]}>
          {(control) => (
            <input
              {...control}
              type="text"
              required={field === 'nameVi'}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
            />
          )}
        </FormField>
      ))}
      <div className="form-actions">
        <button type="submit" disabled={conflict} aria-busy={update.isPending || undefined}>
          {update.isPending ? t('units.edit.saving') : t('units.edit.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
