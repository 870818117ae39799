import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { RenderUnitPicker } from '@/types/unit-picker';
import { localDateBoundary, localDateInVietnam } from '@/utils/format';

import {
  apiTokenScopes,
  useCreateApiToken,
  type ApiTokenScope,
  type CreateApiTokenBody,
  type CreatedApiToken,
} from '../api/create-api-token';

type Field = 'name' | 'scopes' | 'unitId' | 'expiresAt';
const fields: readonly Field[] = ['name', 'scopes', 'unitId', 'expiresAt'];

/** A new token lasts three months unless the reader says otherwise. */
const defaultLifetimeDays = 90;

export interface CreateApiTokenFormProps {
  /** The unit picker, owned by the org-units feature and passed in by the route. */
  renderUnitPicker: RenderUnitPicker;
  onCreated: (created: CreatedApiToken) => void;
}

export function CreateApiTokenForm({ renderUnitPicker, onCreated }: CreateApiTokenFormProps) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const formRef = useRef<HTMLFormElement>(null);
  const scopesErrorId = useId();
  const unitErrorId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiTokenScope>>(new Set());
  const [unitId, setUnitId] = useState<number | null>(null);
  const [expires, setExpires] = useState(() => localDateInVietnam(defaultLifetimeDays));
  const [generation, setGeneration] = useState(0);
  const [unitMissing, setUnitMissing] = useState(false);
  // Counts submissions stopped here (no unit), so each one takes the keyboard to the field again.
  const [refusedHere, setRefusedHere] = useState(0);
  const errors = fieldErrorsOf(create.error, fields);
  useFocusFirstInvalid(formRef, create.error ?? (refusedHere > 0 ? refusedHere : null));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setUnitMissing(unitId === null);
    if (unitId === null) {
      create.reset();
      setRefusedHere((count) => count + 1);
      return;
    }
    const body: CreateApiTokenBody = {
      name: name.trim(),
      // In the order the form lists them.
      scopes: apiTokenScopes.map((entry) => entry.scope).filter((scope) => scopes.has(scope)),
      unitId,
      expiresAt: expires === '' ? '' : localDateBoundary(expires, 'end'),
    };
    create.mutate(body, {
      onSuccess: (created) => {
        onCreated(created);
        // The secret now belongs to the panel that shows it once; the form keeps no copy.
        create.reset();
        setName('');
        setScopes(new Set());
        setUnitId(null);
        setExpires(localDateInVietnam(defaultLifetimeDays));
        setGeneration((current) => current + 1);
      },
    });
  }

  function toggleScope(scope: ApiTokenScope, on: boolean) {
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  const scopeErrors = errors.byField.scopes;
  const unitErrors = unitMissing ? [t('common.unitRequired')] : errors.byField.unitId;

  return (
    <form ref={formRef} className="stacked-form" onSubmit={submit} noValidate>
      {create.isError && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={create.error} heading={t('apiTokens.create.failed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      <FormField label={t('apiTokens.create.name')} errors={errors.byField.name}>
        {(control) => (
          <input {...control} type="text" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        )}
      </FormField>
      <fieldset
        className="checkbox-group"
        aria-invalid={scopeErrors.length > 0 ? true : undefined}
        aria-describedby={scopeErrors.length > 0 ? scopesErrorId : undefined}
      >
        <legend>{t('apiTokens.create.scopes')}</legend>
        {apiTokenScopes.map((entry) => (
          <label key={entry.scope} className="checkbox">
            <input
              type="checkbox"
              checked={scopes.has(entry.scope)}
              onChange={(event) => toggleScope(entry.scope, event.target.checked)}
            />
            {t(`apiTokens.scopes.${entry.label}`)} <code className="note">{entry.scope}</code>
          </label>
        ))}
        {scopeErrors.length > 0 && (
          <p id={scopesErrorId} className="field-error">
            {scopeErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <div className="form-field" key={generation}>
        {renderUnitPicker({
          label: t('apiTokens.create.unit'),
          onChange: (id) => {
            setUnitId(id);
            if (id !== null) setUnitMissing(false);
          },
          invalid: unitErrors.length > 0,
          describedBy: unitErrors.length > 0 ? unitErrorId : undefined,
        })}
        {unitErrors.length > 0 && (
          <p id={unitErrorId} className="field-error">
            {unitErrors.join(' ')}
          </p>
        )}
      </div>
      <FormField label={t('apiTokens.create.expires')} hint={t('apiTokens.create.expiresHint')} errors={errors.byField.expiresAt}>
        {(control) => (
          <input
            {...control}
            type="date"
            required
            min={localDateInVietnam(1)}
            value={expires}
            onChange={(event) => setExpires(event.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" aria-busy={create.isPending || undefined}>
          {create.isPending ? t('apiTokens.create.submitting') : t('apiTokens.create.submit')}
        </button>
      </div>
    </form>
  );
}
