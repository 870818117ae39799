import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { ApiError } from '@/lib/api-client';

import { useSignIn, type SignInBody } from '../api/sign-in';

type FieldName = keyof SignInBody;
const fieldNames: readonly FieldName[] = ['userName', 'password'];
type FieldErrors = Readonly<Record<string, readonly string[]>>;

const noMessages: readonly string[] = [];

/** The API names fields in camelCase; compare without case so `UserName` would match as well. */
function messagesFor(errors: FieldErrors, field: FieldName): readonly string[] {
  const key = Object.keys(errors).find((name) => name.toLowerCase() === field.toLowerCase());
  return key === undefined ? noMessages : (errors[key] ?? noMessages);
}

/** Messages the form has no field for (a rule on the whole request); they go to the alert. */
function messagesForNoField(errors: FieldErrors): string[] {
  const known = new Set(fieldNames.map((name) => name.toLowerCase()));
  return Object.entries(errors)
    .filter(([name]) => !known.has(name.toLowerCase()))
    .flatMap(([, messages]) => messages);
}

export interface SignInFormProps {
  /** The reader was sent here because their session ran out, not because they signed out. */
  sessionExpired: boolean;
}

/**
 * User name and password. The API validates: its field errors (400) appear under the fields, and
 * its ProblemDetails title and detail for wrong credentials (401) or a lock-out (429, with when to try again) above the form.
 * A successful sign-in starts the session, which the sign-in route follows to leave the page.
 */
export function SignInForm({ sessionExpired }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [values, setValues] = useState<SignInBody>({ userName: '', password: '' });
  const headingId = useId();
  const ids: Record<FieldName, string> = { userName: useId(), password: useId() };
  const userNameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const error = signIn.error;
  const apiError = error instanceof ApiError ? error : undefined;
  const fieldErrors: FieldErrors = apiError?.status === 400 ? apiError.errors : {};
  const errors: Record<FieldName, readonly string[]> = {
    userName: messagesFor(fieldErrors, 'userName'),
    password: messagesFor(fieldErrors, 'password'),
  };
  const otherMessages = messagesForNoField(fieldErrors);
  const hasFieldErrors = errors.userName.length > 0 || errors.password.length > 0;
  const showAlert = error !== null && !(hasFieldErrors && otherMessages.length === 0);

  // Take the keyboard to the first field to fix, whose description then reads out the message.
  useEffect(() => {
    if (!(error instanceof ApiError) || error.status !== 400) return;
    if (messagesFor(error.errors, 'userName').length > 0) userNameInput.current?.focus();
    else if (messagesFor(error.errors, 'password').length > 0) passwordInput.current?.focus();
  }, [error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate(values);
  }

  function field(name: FieldName, type: 'text' | 'password', autoComplete: string, ref: RefObject<HTMLInputElement | null>) {
    const messages = errors[name];
    const errorId = `${ids[name]}-error`;
    return (
      <div className="form-field">
        <label htmlFor={ids[name]}>{t(`auth.signIn.${name}`)}</label>
        <input
          ref={ref}
          id={ids[name]}
          name={name}
          type={type}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus={name === 'userName'}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={messages.length > 0 ? errorId : undefined}
        />
        {messages.length > 0 && (
          <p id={errorId} className="field-error">
            {messages.join(' ')}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="sign-in">
      <h1 id={headingId}>{t('auth.signIn.title')}</h1>
      {sessionExpired && (
        <p role="status" className="notice">
          {t('auth.signIn.sessionExpired')}
        </p>
      )}
      <p>{t('auth.signIn.intro')}</p>
      {showAlert && (
        <ErrorAlert error={error} heading={t('auth.signIn.failed')}>
          {otherMessages.length > 0 && (
            <ul>
              {otherMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      <form className="sign-in-form" noValidate aria-labelledby={headingId} onSubmit={submit}>
        {field('userName', 'text', 'username', userNameInput)}
        {field('password', 'password', 'current-password', passwordInput)}
        <button type="submit" aria-busy={signIn.isPending || undefined}>
          {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
    </div>
  );
}
