import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from './error-alert';

export interface ConfirmPanelProps {
  /** The question, naming what the action touches. */
  title: string;
  /** What follows from it. */
  body: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The refusal of the last attempt, shown in the panel. */
  error: unknown;
  errorHeading: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Asks before an action that cannot be undone; the keyboard lands on Cancel, the safe choice, and Escape
 * cancels. Give it a `key` per target so that asking about another one lands on Cancel again.
 */
export function ConfirmPanel({ title, body, confirmLabel, pendingLabel, pending, error, errorHeading, onCancel, onConfirm }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelButton.current?.focus();
  }, []);

  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="confirm-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      <p id={bodyId}>{body}</p>
      {error != null && <ErrorAlert error={error} heading={errorHeading} />}
      <div className="form-actions">
        <button type="button" className="danger-button" onClick={onConfirm} disabled={pending} aria-busy={pending || undefined}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button ref={cancelButton} type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
