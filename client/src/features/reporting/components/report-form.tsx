import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { VersionConflictAlert } from '@/components/version-conflict-alert';
import { currentLanguage } from '@/config/i18n';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { isVersionConflict } from '@/lib/api-client';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDateTime } from '@/utils/format';
import { localName } from '@/utils/names';

import { usePapiDimensions, type FrameworkDimension } from '../api/get-dimensions';
import { useSubmission, type VersionedSubmission } from '../api/get-submission';
import { useMoveReport } from '../api/review-report';
import { useSaveSubmissionDraft } from '../api/save-submission-draft';
import { ReportStateBadge } from './report-state';

/** How long typing must pause before the draft is saved. */
export const autosaveDelayMs = 1000;

type Narratives = Record<string, string>;

export interface ReportFormProps {
  obligationId: number;
  /** The survey year whose dimensions name the narratives. */
  year: number;
  /** Officers write the draft (RecordProgress), heads send it (SubmitReports), receivers review it (ReviewReports). */
  canWrite: boolean;
  canSubmit: boolean;
  canReview: boolean;
}

/** A period's report: a narrative per dimension, saved as a draft while typing, then sent up and reviewed. */
export function ReportForm({ obligationId, year, canWrite, canSubmit, canReview }: ReportFormProps) {
  const { t } = useTranslation();
  const submission = useSubmission(obligationId);
  const dimensions = usePapiDimensions(year);
  // Bumped on "reload": the editor starts again from the version on the server.
  const [generation, setGeneration] = useState(0);

  if (submission.isPending || dimensions.isPending) return <Loading />;
  if (submission.isError) return <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />;
  if (dimensions.isError) return <ErrorAlert error={dimensions.error} onRetry={() => void dimensions.refetch()} />;
  const answer = submission.data;
  const status = answer?.data.status;
  const editable = canWrite && (status === undefined || status === 'Draft' || status === 'Returned');

  return (
    <>
      <p>
        <ReportStateBadge state={status ?? 'Missing'} onTime={answer?.data.onTime} />
        {answer?.data.submittedAt != null && (
          <span className="note"> · {t('reporting.report.submittedAt', { at: formatDateTime(answer.data.submittedAt, currentLanguage()) })}</span>
        )}
      </p>
      {status === 'Returned' && answer?.data.returnReason != null && (
        <div className="notice" role="note">
          <strong>{t('reporting.report.returnedBecause')}</strong> {answer.data.returnReason}
        </div>
      )}
      {editable ? (
        <DraftEditor
          key={generation}
          obligationId={obligationId}
          answer={answer}
          dimensions={dimensions.data}
          canSubmit={canSubmit}
          reloading={submission.isFetching}
          onReload={() => {
            void submission.refetch().then(() => setGeneration((current) => current + 1));
          }}
        />
      ) : (
        <ReadOnlyReport narratives={answer?.data.narratives ?? {}} dimensions={dimensions.data} />
      )}
      {canReview && answer != null && status === 'Submitted' && <ReviewPanel obligationId={obligationId} submissionId={answer.data.id} />}
    </>
  );
}

function dimensionLabel(dimension: FrameworkDimension, language: string): string {
  return `${dimension.code}. ${localName(dimension.nameVi, dimension.nameEn, language)}`;
}

function ReadOnlyReport({ narratives, dimensions }: { narratives: Narratives; dimensions: readonly FrameworkDimension[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <dl className="report-narratives">
      {dimensions.map((dimension) => (
        <div key={dimension.code}>
          <dt>{dimensionLabel(dimension, language)}</dt>
          <dd className="narrative">{narratives[dimension.code]?.trim() || <span className="note">{t('reporting.report.noNarrative')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

interface DraftEditorProps {
  obligationId: number;
  answer: VersionedSubmission | null;
  dimensions: readonly FrameworkDimension[];
  canSubmit: boolean;
  reloading: boolean;
  onReload: () => void;
}

function sameNarratives(a: Narratives, b: Narratives): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

function DraftEditor({ obligationId, answer, dimensions, canSubmit, reloading, onReload }: DraftEditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const save = useSaveSubmissionDraft();
  const move = useMoveReport();
  const [narratives, setNarratives] = useState<Narratives>(() => ({ ...(answer?.data.narratives ?? {}) }));
  const [savedAt, setSavedAt] = useState<string | undefined>();
  // What the server holds, and the version to name when writing over it.
  const saved = useRef<Narratives>({ ...(answer?.data.narratives ?? {}) });
  const etag = useRef(answer?.etag);
  const submissionId = useRef(answer?.data.id);
  // The unit's implementation plan is not edited here; each save sends it back as read, so it stays.
  const unitPlan = useRef(answer?.data.unitPlan ?? null);
  // A draft the API refused is not sent again until it changes.
  const refused = useRef<Narratives | undefined>(undefined);
  const debounced = useDebouncedValue(narratives, autosaveDelayMs);
  const conflict = isVersionConflict(save.error);
  const headingId = useId();

  async function persist(draft: Narratives): Promise<void> {
    const answerNow = await save.mutateAsync({ obligationId, etag: etag.current, draft: { narratives: draft, unitPlan: unitPlan.current } });
    saved.current = draft;
    unitPlan.current = answerNow.data.unitPlan;
    etag.current = answerNow.etag;
    submissionId.current = answerNow.data.id;
    setSavedAt(new Date().toISOString());
  }

  // Autosave: once typing pauses, and once a save in flight is done (the text may have moved on).
  useEffect(() => {
    if (save.isPending || conflict || sameNarratives(debounced, saved.current)) return;
    if (refused.current !== undefined && sameNarratives(debounced, refused.current)) return;
    persist(debounced).catch(() => {
      refused.current = debounced;
    });
    // persist reads refs only: the effect follows the text and the save's state.
  }, [debounced, save.isPending, conflict]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || move.isPending) return;
    try {
      if (!sameNarratives(narratives, saved.current) || submissionId.current === undefined) await persist(narratives);
    } catch {
      return;
    }
    if (submissionId.current === undefined) return;
    move.mutate({ obligationId, submissionId: submissionId.current, move: { kind: 'submit' } });
  }

  const dirty = !sameNarratives(narratives, saved.current);
  let saveStatus = '';
  if (save.isPending) saveStatus = t('reporting.report.saving');
  else if (save.isError) saveStatus = t('reporting.report.notSaved');
  else if (dirty) saveStatus = t('reporting.report.unsaved');
  else if (savedAt !== undefined) saveStatus = t('reporting.report.savedAt', { at: formatDateTime(savedAt, language) });

  return (
    <form className="stacked-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.report.narratives')}</h2>
      <p className="hint">{t('reporting.report.autosaveHint')}</p>
      {conflict && <VersionConflictAlert error={save.error} onReload={onReload} reloading={reloading} />}
      {/* The API names a narrative's errors by its place in the draft, not by dimension: list them with the alert. */}
      {save.isError && !conflict && <ErrorAlert error={save.error} heading={t('reporting.report.saveFailed')} showFieldErrors />}
      {dimensions.map((dimension) => (
        <FormField key={dimension.code} label={dimensionLabel(dimension, language)}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={narratives[dimension.code] ?? ''}
              disabled={conflict}
              onChange={(event) => setNarratives((current) => ({ ...current, [dimension.code]: event.target.value }))}
            />
          )}
        </FormField>
      ))}
      <p className="autosave-status" role="status">
        {saveStatus}
      </p>
      {move.isError && <ErrorAlert error={move.error} heading={t('reporting.report.submitFailed')} />}
      {canSubmit && (
        <div className="form-actions">
          <button type="submit" disabled={conflict} aria-busy={move.isPending || undefined}>
            {move.isPending ? t('reporting.report.submitting') : t('reporting.report.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

function ReviewPanel({ obligationId, submissionId }: { obligationId: number; submissionId: number }) {
  const { t } = useTranslation();
  const move = useMoveReport();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(move.error, ['reason']);

  function returnReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!move.isPending) move.mutate({ obligationId, submissionId, move: { kind: 'return', reason: reason.trim() } });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.review.heading')}</h2>
      {move.isError && !errors.any && <ErrorAlert error={move.error} heading={t('reporting.review.failed')} />}
      <div className="form-actions">
        <button type="button" disabled={move.isPending} onClick={() => move.mutate({ obligationId, submissionId, move: { kind: 'approve' } })}>
          {t('reporting.review.approve')}
        </button>
      </div>
      <form className="stacked-form" onSubmit={returnReport} noValidate>
        <FormField label={t('reporting.review.reason')} errors={errors.byField.reason}>
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" disabled={move.isPending}>
            {t('reporting.review.return')}
          </button>
        </div>
      </form>
    </section>
  );
}
