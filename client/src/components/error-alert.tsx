import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * Shows what went wrong. For an API error the ProblemDetails title (and detail) written by the
 * server is shown as is; anything else gets a generic, translated message.
 */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;

  return (
    <div role="alert" className="error-alert">
      <h2>{t('common.errorTitle')}</h2>
      {apiError ? (
        <>
          <p className="error-title">{apiError.title}</p>
          {apiError.detail && <p>{apiError.detail}</p>}
        </>
      ) : (
        <p>{t('common.errorUnknown')}</p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
