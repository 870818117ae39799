import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';

export interface VersionConflictAlertProps {
  /** The refused edit's error: 412 (someone saved meanwhile) or 428 (no version was sent). */
  error: unknown;
  onReload: () => void;
  reloading: boolean;
  /** What was edited, in the reader's words, when the generic wording is not enough. */
  texts?: { conflictTitle: string; conflictBody: string; missingTitle: string; missingBody: string } | undefined;
}

/**
 * "Someone changed this; reload": shown when the API refused an edit made on an old version, with the
 * button that loads the latest one. Nothing is overwritten silently.
 */
export function VersionConflictAlert({ error, onReload, reloading, texts }: VersionConflictAlertProps) {
  const { t } = useTranslation();
  const missing = error instanceof ApiError && error.status === 428;
  const title = missing ? (texts?.missingTitle ?? t('common.conflict.missingTitle')) : (texts?.conflictTitle ?? t('common.conflict.title'));
  const body = missing ? (texts?.missingBody ?? t('common.conflict.missingBody')) : (texts?.conflictBody ?? t('common.conflict.body'));
  return (
    <div role="alert" className="error-alert">
      <h3>{title}</h3>
      <p>{body}</p>
      <button type="button" onClick={onReload} disabled={reloading}>
        {t('common.conflict.reload')}
      </button>
    </div>
  );
}
