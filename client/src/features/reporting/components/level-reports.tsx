import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { unitProfilePath } from '@/config/paths';
import { formatDateTime, formatInteger } from '@/utils/format';

import { useApproveLevel, type LevelApproval } from '../api/approve-level';
import { downloadConsolidatedReport, type ConsolidatedFormat } from '../api/download-report-file';
import type { RecipientCompleteness } from '../api/get-completeness';

export interface LevelReportsProps {
  periodId: number;
  recipients: readonly RecipientCompleteness[];
  /** Whether the reader reviews reports (ReviewReports): then it may sign off a level it receives. */
  canSignOff: boolean;
}

/**
 * Per receiving unit the reader sees (a level): its consolidated report of the period as Word, PDF and Excel, built by
 * the API from approved reports only, and the level's sign-off (ký duyệt) — with reports still open, only with a
 * reason. A receiving unit listed only for the reader's own reporting units is not the reader's level.
 */
export function LevelReports({ periodId, recipients, canSignOff }: LevelReportsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const levels = recipients.filter((recipient) => recipient.seesLevel);
  if (levels.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.level.heading')}</h2>
      <p className="hint">{t('reporting.level.hint')}</p>
      {levels.map((recipient) => (
        <Level key={recipient.recipientId} periodId={periodId} recipient={recipient} canSignOff={canSignOff} />
      ))}
    </section>
  );
}

function Level({ periodId, recipient, canSignOff }: { periodId: number; recipient: RecipientCompleteness; canSignOff: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const [failed, setFailed] = useState<unknown>(undefined);
  const name = recipient.recipientNameVi;
  const download = (format: ConsolidatedFormat) => {
    setFailed(undefined);
    downloadConsolidatedReport({ id: periodId, unitId: recipient.recipientId }, format, `tong-hop-${periodId}-${recipient.recipientId}.${format}`).catch(setFailed);
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        {t('reporting.level.approvedOf', {
          approved: formatInteger(recipient.approved, language),
          expected: formatInteger(recipient.expected, language),
        })}
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => download('docx')} aria-label={t('reporting.level.forUnit', { action: t('reporting.level.docx'), name })}>
          {t('reporting.level.docx')}
        </button>
        <button type="button" onClick={() => download('pdf')} aria-label={t('reporting.level.forUnit', { action: t('reporting.level.pdf'), name })}>
          {t('reporting.level.pdf')}
        </button>
        <button type="button" onClick={() => download('xlsx')} aria-label={t('reporting.level.forUnit', { action: t('reporting.level.xlsx'), name })}>
          {t('reporting.level.xlsx')}
        </button>
      </div>
      {/* The symbol, signer and recipients of these files come from the unit's document profile. */}
      <p>
        <Link className="link-target" to={unitProfilePath(recipient.recipientId)}>{t('reporting.level.profile', { name })}</Link>
      </p>
      {failed !== undefined && <ErrorAlert error={failed} heading={t('common.download.failed')} />}
      {canSignOff && <SignOff periodId={periodId} recipient={recipient} />}
    </section>
  );
}

/**
 * The level's sign-off as the completeness answer carries it: shown once given (after a reload too), offered
 * only until then. Its counts are the level's own, since the reader sees the receiving unit.
 */
function SignOff({ periodId, recipient }: { periodId: number; recipient: RecipientCompleteness }) {
  if (recipient.signOff != null) return <SignedOff signed={recipient.signOff} />;
  return <SignOffForm periodId={periodId} recipient={recipient} />;
}

function SignedOff({ signed }: { signed: LevelApproval }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const at = formatDateTime(signed.approvedAt, language);
  return (
    <p role="status" className="success">
      {signed.notApproved > 0
        ? t('reporting.level.signedWithOpen', { at, count: signed.notApproved, formatted: formatInteger(signed.notApproved, language) })
        : t('reporting.level.signed', { at })}
      {signed.overrideReason != null && <> {t('reporting.level.signedBecause', { reason: signed.overrideReason })}</>}
    </p>
  );
}

function SignOffForm({ periodId, recipient }: { periodId: number; recipient: RecipientCompleteness }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const approve = useApproveLevel();
  const [reason, setReason] = useState('');
  const name = recipient.recipientNameVi;
  const open = recipient.expected - recipient.approved;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (approve.isPending) return;
    approve.mutate({ periodId, unitId: recipient.recipientId, overrideReason: open > 0 ? reason.trim() : undefined });
  }

  const signOff = open > 0 ? t('reporting.level.signOffOverride') : t('reporting.level.signOff');
  return (
    <form className="stacked-form" onSubmit={submit} noValidate>
      {approve.isError && <ErrorAlert error={approve.error} heading={t('reporting.level.failed')} showFieldErrors />}
      {open > 0 && (
        <FormField
          label={t('reporting.level.overrideReason')}
          hint={t('reporting.level.overrideHint', { count: open, formatted: formatInteger(open, language) })}
        >
          {(control) => <textarea {...control} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
      )}
      <div className="form-actions">
        <button type="submit" disabled={approve.isPending} aria-busy={approve.isPending || undefined} aria-label={t('reporting.level.forUnit', { action: signOff, name })}>
          {signOff}
        </button>
      </div>
    </form>
  );
}
