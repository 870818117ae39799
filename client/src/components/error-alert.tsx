import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** What failed, in the reader's words; "could not load the data" unless told. */
  heading?: string;
  /** More to say below the message, such as when to try again. */
  children?: ReactNode;
  /** Lists the messages of a validation failure (400), for a view with no fields to put them on. */
  showFieldErrors?: boolean;
}

/**
 * Shows what went wrong. For an API error the ProblemDetails title (and detail) written by the
 * server is shown as is; anything else gets a generic, translated message.
 */
export function ErrorAlert({ error, onRetry, heading, children, showFieldErrors = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const fieldMessages = showFieldErrors && apiError ? Object.values(apiError.errors).flat() : [];

  return (
    <div role="alert" className="error-alert">
      <h2>{heading ?? t('common.errorTitle')}</h2>
      {apiError ? (
        <>
          <p className="error-title">{apiError.title}</p>
          {apiError.detail && <p>{apiError.detail}</p>}
          {fieldMessages.length > 0 && (
            <ul>
              {fieldMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>{t('common.errorUnknown')}</p>
      )}
      {children}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
