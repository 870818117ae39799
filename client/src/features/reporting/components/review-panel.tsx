import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useMoveReport } from '../api/review-report';

export interface ReviewPanelProps {
  obligationId: number;
  submissionId: number;
  /** A submitted report is returned with a reason or approved; an approved one can be reopened with a reason. */
  decision: 'review' | 'reopen';
}

/** The receiving unit's decision on a report. Every reason is required (the API says so on the field). */
export function ReviewPanel({ obligationId, submissionId, decision }: ReviewPanelProps) {
  const { t } = useTranslation();
  const move = useMoveReport();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(move.error, ['reason']);
  const texts =
    decision === 'review'
      ? { heading: t('reporting.review.heading'), reason: t('reporting.review.reason'), send: t('reporting.review.return') }
      : { heading: t('reporting.reopen.heading'), reason: t('reporting.reopen.reason'), send: t('reporting.reopen.submit') };

  function sendWithReason(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!move.isPending) move.mutate({ obligationId, submissionId, move: { kind: decision === 'review' ? 'return' : 'reopen', reason: reason.trim() } });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.heading}</h2>
      {decision === 'reopen' && <p className="hint">{t('reporting.reopen.hint')}</p>}
      {move.isError && !errors.any && <ErrorAlert error={move.error} heading={t('reporting.review.failed')} />}
      {decision === 'review' && (
        <div className="form-actions">
          <button type="button" disabled={move.isPending} onClick={() => move.mutate({ obligationId, submissionId, move: { kind: 'approve' } })}>
            {t('reporting.review.approve')}
          </button>
        </div>
      )}
      <form className="stacked-form" onSubmit={sendWithReason} noValidate>
        <FormField label={texts.reason} errors={errors.byField.reason}>
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" disabled={move.isPending}>
            {texts.send}
          </button>
        </div>
      </form>
    </section>
  );
}
