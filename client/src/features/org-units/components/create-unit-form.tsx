import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useCreateOrgUnit, type CreateOrgUnitBody } from '../api/create-org-unit';
import { orgUnitKinds, type OrgUnitKind } from '../api/search-org-units';
import { unitName } from '../names';
import { UnitPicker } from './unit-picker';

type Field = 'kind' | 'parentId' | 'code' | 'nameVi' | 'nameEn' | 'activeFrom';
const fields: readonly Field[] = ['kind', 'parentId', 'code', 'nameVi', 'nameEn', 'activeFrom'];

interface Values {
  kind: OrgUnitKind;
  parentId: number | null;
  code: string;
  nameVi: string;
  nameEn: string;
  activeFrom: string;
}

const empty: Values = { kind: 'Department', parentId: null, code: '', nameVi: '', nameEn: '', activeFrom: '' };

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Adds a unit under a parent of the reader's scope; the API checks the scope and the rules. */
export function CreateUnitForm() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const create = useCreateOrgUnit();
  const formRef = useRef<HTMLFormElement>(null);
  const parentErrorId = useId();
  const [values, setValues] = useState<Values>(empty);
  // Bumped after a success to start the parent picker afresh.
  const [generation, setGeneration] = useState(0);
  const errors = fieldErrorsOf(create.error, fields);
  useFocusFirstInvalid(formRef, create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const body: CreateOrgUnitBody = {
      kind: values.kind,
      parentId: values.parentId,
      code: orNull(values.code),
      nameVi: values.nameVi.trim(),
      nameEn: orNull(values.nameEn),
      activeFrom: orNull(values.activeFrom),
    };
    create.mutate(body, {
      onSuccess: () => {
        setValues(empty);
        setGeneration((current) => current + 1);
      },
    });
  }

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));
  const parentErrors = errors.byField.parentId;

  return (
    <form ref={formRef} className="stacked-form" onSubmit={submit} noValidate>
      {create.isError && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={create.error} heading={t('units.create.failed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {create.isSuccess && (
        <p role="status" className="success">
          {t('units.create.created', { name: unitName(create.data, language) })}
        </p>
      )}
      <FormField label={t('units.fields.kind')} errors={errors.byField.kind}>
        {(control) => (
          <select {...control} value={values.kind} onChange={(event) => set('kind', event.target.value as OrgUnitKind)}>
            {orgUnitKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`units.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-field">
        <UnitPicker
          key={generation}
          label={t('units.fields.parent')}
          hint={t('units.create.parentHint')}
          onChange={(parentId) => set('parentId', parentId)}
          invalid={parentErrors.length > 0}
          describedBy={parentErrors.length > 0 ? parentErrorId : undefined}
        />
        {parentErrors.length > 0 && (
          <p id={parentErrorId} className="field-error">
            {parentErrors.join(' ')}
          </p>
        )}
      </div>
      <FormField label={t('units.fields.nameVi')} errors={errors.byField.nameVi}>
        {(control) => (
          <input {...control} type="text" required value={values.nameVi} onChange={(event) => set('nameVi', event.target.value)} />
        )}
      </FormField>
      <FormField label={`${t('units.fields.nameEn')} ${t('common.optional')}`} errors={errors.byField.nameEn}>
        {(control) => (
          <input {...control} type="text" value={values.nameEn} onChange={(event) => set('nameEn', event.target.value)} />
        )}
      </FormField>
      <FormField label={`${t('units.fields.code')} ${t('common.optional')}`} errors={errors.byField.code}>
        {(control) => (
          <input {...control} type="text" value={values.code} onChange={(event) => set('code', event.target.value)} />
        )}
      </FormField>
      <FormField label={`${t('units.fields.activeFrom')} ${t('common.optional')}`} errors={errors.byField.activeFrom}>
        {(control) => (
          <input {...control} type="date" value={values.activeFrom} onChange={(event) => set('activeFrom', event.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" aria-busy={create.isPending || undefined}>
          {create.isPending ? t('units.create.submitting') : t('units.create.submit')}
        </button>
      </div>
    </form>
  );
}
