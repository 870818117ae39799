import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { ApiError } from '@/lib/api-client';
import { formatWait } from '@/utils/format';

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
 * server is shown as is, and when the API said how long to wait (Retry-After on a 429 or 503), when
 * to try again; anything else gets a generic, translated message.
 */
export function ErrorAlert({ error, onRetry, heading, children, showFieldErrors = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const fieldMessages = showFieldErrors && apiError ? Object.values(apiError.errors).flat() : [];
  const retryAfter = apiError?.retryAfterSeconds;

  return (
    <div role="alert" className="error-alert">
      <h2>{heading ?? t('common.errorTitle')}</h2>
      {apiError ? (
        <>
          <p className="error-title">{apiError.title}</p>
          {apiError.detail && <p>{apiError.detail}</p>}
          {retryAfter !== undefined && <p>{t('common.retryAfter', { when: formatWait(retryAfter, currentLanguage()) })}</p>}
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
