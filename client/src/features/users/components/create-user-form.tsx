import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useCreateUser, type CreateUserBody } from '../api/create-user';

type Field = 'userName' | 'displayName' | 'email' | 'password';
const fields: readonly Field[] = ['userName', 'displayName', 'email', 'password'];

const empty: Record<Field, string> = { userName: '', displayName: '', email: '', password: '' };

const inputs: Record<Field, { type: string; autoComplete: string }> = {
  userName: { type: 'text', autoComplete: 'off' },
  displayName: { type: 'text', autoComplete: 'off' },
  email: { type: 'email', autoComplete: 'off' },
  password: { type: 'password', autoComplete: 'new-password' },
};

/** A new account; the API's field errors (policy, duplicates) appear on the fields. */
export function CreateUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(empty);
  const errors = fieldErrorsOf(create.error, fields);
  useFocusFirstInvalid(formRef, create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const body: CreateUserBody = {
      userName: values.userName.trim(),
      displayName: values.displayName.trim(),
      email: values.email.trim() === '' ? null : values.email.trim(),
      password: values.password,
    };
    create.mutate(body, { onSuccess: () => setValues(empty) });
  }

  return (
    <form ref={formRef} className="stacked-form" onSubmit={submit} noValidate>
      {create.isError && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={create.error} heading={t('users.create.failed')}>
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
          {t('users.create.created', { name: create.data.displayName })}
        </p>
      )}
      {fields.map((field) => (
        <FormField
          key={field}
          label={field === 'email' ? `${t('users.create.email')} ${t('common.optional')}` : t(`users.create.${field}`)}
          hint={field === 'password' ? t('users.create.passwordHint') : undefined}
          errors={errors.byField[field]}
        >
          {(control) => (
            <input
              {...control}
              type={inputs[field].type}
              autoComplete={inputs[field].autoComplete}
              autoCapitalize={field === 'displayName' ? undefined : 'none'}
              spellCheck={false}
              required={field !== 'email'}
              value={values[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </FormField>
      ))}
      <div className="form-actions">
        <button type="submit" aria-busy={create.isPending || undefined}>
          {create.isPending ? t('users.create.submitting') : t('users.create.submit')}
        </button>
      </div>
    </form>
  );
}
