import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { VersionConflictAlert } from '@/components/version-conflict-alert';
import { currentLanguage } from '@/config/i18n';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { ApiError, isVersionConflict } from '@/lib/api-client';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDateTime } from '@/utils/format';

import type { Attachment } from '../api/attach-report-file';
import { usePapiDimensions, type FrameworkDimension } from '../api/get-dimensions';
import { useSubmission, type ReportedAction, type UnitPlanDocument, type VersionedSubmission } from '../api/get-submission';
import type { ReportContent } from '../api/get-submission-version';
import { useMoveReport } from '../api/review-report';
import { useSaveSubmissionDraft, type SubmissionDraft } from '../api/save-submission-draft';
import { ReportAttachments } from './report-attachments';
import { ReportStateBadge } from './report-state';
import { ReportVersions } from './report-versions';
import { ReportedActions, type ActionEditor } from './reported-actions';
import { ReviewPanel } from './review-panel';
import { dimensionLabel, SentReport } from './sent-report';
import { missingForSubmission, UnitPlanFields, unitPlanFields, type UnitPlanField } from './unit-plan-fields';

/** How long typing must pause before the draft is saved. */
export const autosaveDelayMs = 1000;

type Narratives = Record<string, string>;
interface Draft {
  narratives: Narratives;
  unitPlan: UnitPlanDocument;
}

const noUnitPlan: UnitPlanDocument = { committedActionIds: [] };
/** What a reader who does not write sees of a report nobody has started. */
const notStarted: ReportContent = { narratives: {}, unitPlan: noUnitPlan, actions: [], attachments: [] };

export interface ReportFormProps {
  obligationId: number;
  /** The survey year whose dimensions name the narratives. */
  year: number;
  /** The one-off unit implementation plan (kế hoạch triển khai) rather than a periodic report. */
  isUnitPlan: boolean;
  /** Officers write the draft (RecordProgress), heads send it (SubmitReports), receivers review it (ReviewReports). */
  canWrite: boolean;
  canSubmit: boolean;
  canReview: boolean;
  /** Records the unit's progress on one of its actions, offered while the report may be edited. */
  actionEditor?: ActionEditor | undefined;
  /** The day the period closed to this report, when the server counts it as missing (see closedOn). */
  closedOn?: string | undefined;
}

/**
 * A period's report: a narrative per dimension (and, for a unit plan, the plan's document), saved as a
 * draft while typing; the unit's actions as their progress log has them; attachments; then sent up,
 * reviewed, and kept as numbered versions.
 */
export function ReportForm({ obligationId, year, isUnitPlan, canWrite, canSubmit, canReview, actionEditor, closedOn }: ReportFormProps) {
  const { t } = useTranslation();
  const submission = useSubmission(obligationId);
  const dimensions = usePapiDimensions(year);
  // Bumped on "reload": the editor starts again from the version on the server.
  const [generation, setGeneration] = useState(0);

  // The editor starts from what the server holds now, not from a copy cached at an earlier visit (which would
  // make the first autosave a 412 once someone else has sent or returned the report meanwhile).
  if (submission.isPending || !submission.isFetchedAfterMount || dimensions.isPending) return <Loading />;
  if (submission.isError) return <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />;
  if (dimensions.isError) return <ErrorAlert error={dimensions.error} onRetry={() => void dimensions.refetch()} />;
  const answer = submission.data;
  // Before the first save the answer is what the unit would report now: its actions, no report yet.
  const content = answer.data;
  const report = content.id != null ? { ...content, id: content.id } : undefined;
  const status = report?.status ?? undefined;
  const editable = canWrite && (status === undefined || status === 'Draft' || status === 'Returned');
  const actions = content.actions;
  const attachments = content.attachments;

  return (
    <>
      <p>
        <ReportStateBadge state={closedOn !== undefined ? 'Missing' : (status ?? 'Missing')} onTime={report?.onTime} closedOn={closedOn} />
        {report?.submittedAt != null && (
          <span className="note"> · {t('reporting.report.submittedAt', { at: formatDateTime(report.submittedAt, currentLanguage()) })}</span>
        )}
      </p>
      {status === 'Returned' && report?.returnReason != null && (
        <div className="notice" role="note">
          <strong>{t('reporting.report.returnedBecause')}</strong> {report.returnReason}
        </div>
      )}
      {editable ? (
        <>
          <DraftEditor
            key={generation}
            obligationId={obligationId}
            answer={answer}
            dimensions={dimensions.data}
            isUnitPlan={isUnitPlan}
            actions={actions}
            attachments={attachments}
            canSubmit={canSubmit}
            reloading={submission.isFetching}
            onReload={() => {
              void submission.refetch().then(() => setGeneration((current) => current + 1));
            }}
          />
          <ReportedActions actions={actions} editor={actionEditor && ((action) => actionEditor(action, () => void submission.refetch()))} />
          <ReportAttachments attachments={attachments} draft={{ obligationId, submissionId: report?.id }} />
        </>
      ) : (
        <SentReport content={report ?? notStarted} dimensions={dimensions.data} isUnitPlan={isUnitPlan} />
      )}
      {report && <ReportVersions submissionId={report.id} versions={report.versions} dimensions={dimensions.data} isUnitPlan={isUnitPlan} />}
      {canReview && report && status === 'Submitted' && <ReviewPanel obligationId={obligationId} submissionId={report.id} decision="review" />}
      {canReview && report && status === 'Approved' && <ReviewPanel obligationId={obligationId} submissionId={report.id} decision="reopen" />}
    </>
  );
}

interface DraftEditorProps {
  obligationId: number;
  answer: VersionedSubmission;
  dimensions: readonly FrameworkDimension[];
  isUnitPlan: boolean;
  actions: readonly ReportedAction[];
  attachments: readonly Attachment[];
  canSubmit: boolean;
  reloading: boolean;
  onReload: () => void;
}

function sameDraft(a: Draft, b: Draft): boolean {
  const keys = new Set([...Object.keys(a.narratives), ...Object.keys(b.narratives)]);
  const plan = (draft: Draft) =>
    JSON.stringify([draft.unitPlan.number ?? '', draft.unitPlan.issuedOn ?? null, draft.unitPlan.documentId ?? null, [...draft.unitPlan.committedActionIds].sort()]);
  return [...keys].every((key) => (a.narratives[key] ?? '') === (b.narratives[key] ?? '')) && plan(a) === plan(b);
}

function draftOf(answer: VersionedSubmission): Draft {
  return { narratives: { ...answer.data.narratives }, unitPlan: answer.data.unitPlan };
}

const unitPlanKeys = unitPlanFields.map((field) => `unitPlan.${field}` as const);

function DraftEditor({ obligationId, answer, dimensions, isUnitPlan, actions, attachments, canSubmit, reloading, onReload }: DraftEditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const save = useSaveSubmissionDraft();
  const move = useMoveReport();
  const [draft, setDraft] = useState<Draft>(() => draftOf(answer));
  const [savedAt, setSavedAt] = useState<string | undefined>();
  // What the server holds, and the version to name when writing over it. The autosave reads the ref, which a
  // finished save updates at once; the page's "unsaved" note reads the state, which follows on the next render.
  const saved = useRef<Draft>(draftOf(answer));
  const [savedShown, setSavedShown] = useState<Draft>(() => draftOf(answer));
  const etag = useRef(answer.etag);
  const submissionId = useRef(answer.data.id ?? undefined);
  // A draft the API refused is not sent again until it changes.
  const refused = useRef<Draft | undefined>(undefined);
  const debounced = useDebouncedValue(draft, autosaveDelayMs);
  const conflict = isVersionConflict(save.error);
  const headingId = useId();
  const errors = fieldErrorsOf(save.error, unitPlanKeys);
  const planErrors = Object.fromEntries(
    unitPlanFields.map((field) => [field, errors.byField[`unitPlan.${field}`]]),
  ) as Record<UnitPlanField, readonly string[]>;
  // A unit plan sent without its document is refused (409): say on each missing field what it needs.
  if (isUnitPlan && move.error instanceof ApiError && move.error.status === 409) {
    for (const field of missingForSubmission(draft.unitPlan)) planErrors[field] = [...planErrors[field], t('reporting.unitPlan.neededToSubmit')];
  }

  async function persist(next: Draft): Promise<void> {
    const body: SubmissionDraft = { narratives: next.narratives, unitPlan: next.unitPlan };
    const answerNow = await save.mutateAsync({ obligationId, etag: etag.current, draft: body });
    saved.current = next;
    setSavedShown(next);
    etag.current = answerNow.etag;
    submissionId.current = answerNow.data.id ?? undefined;
    setSavedAt(new Date().toISOString());
  }

  const autosave = useEffectEvent((next: Draft) => {
    if (save.isPending || conflict || sameDraft(next, saved.current)) return;
    if (refused.current !== undefined && sameDraft(next, refused.current)) return;
    persist(next).catch(() => {
      refused.current = next;
    });
  });
  // Autosave: once typing pauses, and once a save in flight is done (the text may have moved on).
  useEffect(() => autosave(debounced), [debounced, save.isPending, conflict]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || move.isPending) return;
    try {
      if (!sameDraft(draft, saved.current) || submissionId.current === undefined) await persist(draft);
    } catch {
      return;
    }
    if (submissionId.current === undefined) return;
    move.mutate({ obligationId, submissionId: submissionId.current, move: { kind: 'submit' } });
  }

  const dirty = !sameDraft(draft, savedShown);
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
      {save.isError && !conflict && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={save.error} heading={t('reporting.report.saveFailed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {isUnitPlan && (
        <UnitPlanFields
          value={draft.unitPlan}
          onChange={(unitPlan) => setDraft((current) => ({ ...current, unitPlan }))}
          attachments={attachments}
          actions={actions}
          errors={planErrors}
          disabled={conflict}
        />
      )}
      {dimensions.map((dimension) => (
        <FormField key={dimension.code} label={dimensionLabel(dimension, language)}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={draft.narratives[dimension.code] ?? ''}
              disabled={conflict}
              onChange={(event) =>
                setDraft((current) => ({ ...current, narratives: { ...current.narratives, [dimension.code]: event.target.value } }))
              }
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
