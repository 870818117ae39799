import { useQueryClient } from '@tanstack/react-query';
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
import {
  deviceUser,
  discardWrite,
  flushOutbox,
  isNetworkFailure,
  keepWrite,
  subscribeSent,
  type OutboxItem,
} from '@/lib/offline/outbox';
import { apiSender, useDeviceWrite } from '@/lib/offline/use-outbox';
import { formatDateTime } from '@/utils/format';

import type { Attachment } from '../api/attach-report-file';
import { usePapiDimensions, type FrameworkDimension } from '../api/get-dimensions';
import { submissionQueryKey, useSubmission, type ReportedAction, type UnitPlanDocument, type VersionedSubmission } from '../api/get-submission';
import type { ReportContent } from '../api/get-submission-version';
import { keepReport, useKeptReport } from '../api/kept-report';
import { useMoveReport } from '../api/review-report';
import { submissionPath, useSaveSubmissionDraft, type SubmissionDraft } from '../api/save-submission-draft';
import { DeviceDraftPanel } from './device-draft';
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
  const device = useDeviceWrite(submissionPath(obligationId));
  const deviceItem = device.item;
  // While a draft waits on the device, the page it was written on is kept too: it stands in until the server answers
  // (after a reload without a connection), and the editor stays the same one when the server's answer arrives.
  const keptReport = useKeptReport(obligationId, deviceItem !== undefined);
  const fromServer = submission.isSuccess && submission.isFetchedAfterMount && dimensions.isSuccess;
  const kept = fromServer ? undefined : keptReport.kept;

  if (!device.known || (!fromServer && !keptReport.known)) return <Loading />;
  let answer: VersionedSubmission;
  let frameworkDimensions: readonly FrameworkDimension[];
  if (kept !== undefined) {
    answer = kept.answer;
    frameworkDimensions = kept.dimensions;
  } else {
    // The editor starts from what the server holds now, not from a copy cached at an earlier visit (which would
    // make the first autosave a 412 once someone else has sent or returned the report meanwhile).
    if (submission.isPending || !submission.isFetchedAfterMount || dimensions.isPending) return <Loading />;
    if (submission.isError) return <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />;
    if (dimensions.isError) return <ErrorAlert error={dimensions.error} onRetry={() => void dimensions.refetch()} />;
    answer = submission.data;
    frameworkDimensions = dimensions.data;
  }
  // Before the first save the answer is what the unit would report now: its actions, no report yet.
  const content = answer.data;
  const report = content.id != null ? { ...content, id: content.id } : undefined;
  const status = report?.status ?? undefined;
  const editable = canWrite && (status === undefined || status === 'Draft' || status === 'Returned');
  const actions = content.actions;
  const attachments = content.attachments;

  /** The officer settles a draft the server did not take: send it over the server's version, or drop it. */
  async function settle(item: OutboxItem, choice: 'mine' | 'server', serverEtag: string | undefined) {
    if (choice === 'mine') {
      await keepWrite(item.userId, { method: item.method, path: item.path, body: item.body, ifMatch: serverEtag });
      await device.refresh();
      void flushOutbox(item.userId, apiSender).catch(() => undefined);
      return;
    }
    await discardWrite(item.id);
    await device.refresh();
    await submission.refetch();
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <p>
        <ReportStateBadge state={closedOn !== undefined ? 'Missing' : (status ?? 'Missing')} onTime={report?.onTime} closedOn={closedOn} />
        {report?.submittedAt != null && (
          <span className="note"> · {t('reporting.report.submittedAt', { at: formatDateTime(report.submittedAt, currentLanguage()) })}</span>
        )}
      </p>
      {deviceItem !== undefined && deviceItem.state !== 'waiting' && (
        <DeviceDraftPanel
          item={deviceItem}
          dimensions={frameworkDimensions}
          readServer={async () => (await submission.refetch()).data}
          onSettle={(choice, serverEtag) => settle(deviceItem, choice, serverEtag)}
        />
      )}
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
            dimensions={frameworkDimensions}
            deviceItem={deviceItem}
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
        <SentReport content={report ?? notStarted} dimensions={frameworkDimensions} isUnitPlan={isUnitPlan} />
      )}
      {report && <ReportVersions submissionId={report.id} versions={report.versions} dimensions={frameworkDimensions} isUnitPlan={isUnitPlan} />}
      {canReview && report && status === 'Submitted' && <ReviewPanel obligationId={obligationId} submissionId={report.id} decision="review" />}
      {canReview && report && status === 'Approved' && <ReviewPanel obligationId={obligationId} submissionId={report.id} decision="reopen" />}
    </>
  );
}

interface DraftEditorProps {
  obligationId: number;
  answer: VersionedSubmission;
  dimensions: readonly FrameworkDimension[];
  /** This draft as the device keeps it, not yet taken by the server. */
  deviceItem: OutboxItem | undefined;
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

/** The draft a queued write carries (the body of SaveSubmissionDraft). */
function draftOfBody(body: unknown): Draft {
  const sent = body as SubmissionDraft;
  return { narratives: { ...sent.narratives }, unitPlan: sent.unitPlan ?? noUnitPlan };
}

const unitPlanKeys = unitPlanFields.map((field) => `unitPlan.${field}` as const);

function DraftEditor({ obligationId, answer, dimensions, deviceItem, isUnitPlan, actions, attachments, canSubmit, reloading, onReload }: DraftEditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const save = useSaveSubmissionDraft();
  const move = useMoveReport();
  // A draft waiting on the device is newer than the server's: the officer goes on from it, and it counts as kept
  // (it is not kept again until it changes).
  const [startedFrom] = useState<Draft>(() => (deviceItem ? draftOfBody(deviceItem.body) : draftOf(answer)));
  const [draft, setDraft] = useState<Draft>(startedFrom);
  const [savedAt, setSavedAt] = useState<string | undefined>();
  // Neither the server nor the device could keep the draft: said plainly, since the text exists only on screen.
  const [notKept, setNotKept] = useState<unknown>();
  // What the server holds, and the version to name when writing over it. The autosave reads the ref, which a
  // finished save updates at once; the page's "unsaved" note reads the state, which follows on the next render.
  const saved = useRef<Draft>(startedFrom);
  const [savedShown, setSavedShown] = useState<Draft>(startedFrom);
  const etag = useRef(answer.etag);
  const submissionId = useRef(answer.data.id ?? undefined);
  // A draft the API refused is not sent again until it changes.
  const refused = useRef<Draft | undefined>(undefined);
  const debounced = useDebouncedValue(draft, autosaveDelayMs);
  const conflict = isVersionConflict(save.error);
  // A draft the device kept that the server found stale waits for the officer's choice (DeviceDraftPanel).
  const locked = conflict || deviceItem?.state === 'conflict';
  const headingId = useId();
  const errors = fieldErrorsOf(save.error, unitPlanKeys);
  const planErrors = Object.fromEntries(
    unitPlanFields.map((field) => [field, errors.byField[`unitPlan.${field}`]]),
  ) as Record<UnitPlanField, readonly string[]>;
  // A unit plan sent without its document is refused (409): say on each missing field what it needs.
  if (isUnitPlan && move.error instanceof ApiError && move.error.status === 409) {
    for (const field of missingForSubmission(draft.unitPlan)) planErrors[field] = [...planErrors[field], t('reporting.unitPlan.neededToSubmit')];
  }

  function savedOnServer(next: Draft, answerNow: VersionedSubmission) {
    saved.current = next;
    setSavedShown(next);
    etag.current = answerNow.etag;
    submissionId.current = answerNow.data.id ?? undefined;
    setSavedAt(new Date().toISOString());
  }

  /** Keeps the draft on the device, on the version this page holds, to be sent when the connection returns. */
  async function keepOnDevice(next: Draft, body: SubmissionDraft): Promise<void> {
    const userId = deviceUser();
    if (userId === undefined) throw new Error('No signed-in user to keep the draft for.');
    await keepReport(userId, obligationId, { answer, dimensions });
    await keepWrite(userId, { method: 'PUT', path: submissionPath(obligationId), body, ifMatch: etag.current });
    saved.current = next;
    setSavedShown(next);
    setNotKept(undefined);
    void flushOutbox(userId, apiSender).catch(() => undefined);
  }

  async function persist(next: Draft): Promise<void> {
    const body: SubmissionDraft = { narratives: next.narratives, unitPlan: next.unitPlan };
    // Once a draft waits on the device, later text joins it there, so the server gets them in order.
    if (deviceItem !== undefined) {
      await keepOnDevice(next, body).catch((error: unknown) => {
        setNotKept(error);
        throw error;
      });
      return;
    }
    let answerNow: VersionedSubmission;
    try {
      answerNow = await save.mutateAsync({ obligationId, etag: etag.current, draft: body });
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      save.reset();
      await keepOnDevice(next, body).catch((notOnDevice: unknown) => {
        setNotKept(notOnDevice);
        throw notOnDevice;
      });
      return;
    }
    savedOnServer(next, answerNow);
  }

  // The outbox sent this draft (here or from the layout's sync): the server's answer is the editor's new base.
  const takeSent = useEffectEvent((sentBody: unknown, sentAnswer: VersionedSubmission) => {
    savedOnServer(draftOfBody(sentBody), sentAnswer);
    queryClient.setQueryData(submissionQueryKey(obligationId), sentAnswer);
  });
  useEffect(
    () =>
      subscribeSent(({ item, answer: sentAnswer }) => {
        if (item.path === submissionPath(obligationId)) takeSent(item.body, sentAnswer as VersionedSubmission);
      }),
    [obligationId],
  );

  const autosave = useEffectEvent((next: Draft) => {
    if (save.isPending || locked || sameDraft(next, saved.current)) return;
    if (refused.current !== undefined && sameDraft(next, refused.current)) return;
    persist(next).catch(() => {
      refused.current = next;
    });
  });
  // Autosave: once typing pauses, and once a save in flight is done (the text may have moved on).
  useEffect(() => autosave(debounced), [debounced, save.isPending, locked]);

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
  const onDevice = deviceItem !== undefined;
  const failed = save.isError || notKept !== undefined;
  let saveStatus = '';
  if (save.isPending) saveStatus = t('reporting.report.saving');
  else if (failed) saveStatus = t('reporting.report.notSaved');
  else if (dirty) saveStatus = t('reporting.report.unsaved');
  else if (onDevice) saveStatus = t('reporting.report.keptOnDevice');
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
      {notKept !== undefined && <ErrorAlert error={notKept} heading={t('reporting.report.notKept')} />}
      {isUnitPlan && (
        <UnitPlanFields
          value={draft.unitPlan}
          onChange={(unitPlan) => setDraft((current) => ({ ...current, unitPlan }))}
          attachments={attachments}
          actions={actions}
          errors={planErrors}
          disabled={locked}
        />
      )}
      {dimensions.map((dimension) => (
        <FormField key={dimension.code} label={dimensionLabel(dimension, language)}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={draft.narratives[dimension.code] ?? ''}
              disabled={locked}
              onChange={(event) =>
                setDraft((current) => ({ ...current, narratives: { ...current.narratives, [dimension.code]: event.target.value } }))
              }
            />
          )}
        </FormField>
      ))}
      <p className={failed ? 'autosave-status not-saved' : 'autosave-status'} role="status">
        {saveStatus}
      </p>
      {move.isError && <ErrorAlert error={move.error} heading={t('reporting.report.submitFailed')} />}
      {canSubmit && (
        <div className="form-actions">
          {onDevice && <p className="hint">{t('reporting.report.sendDeviceFirst')}</p>}
          <button type="submit" disabled={locked || onDevice} aria-busy={move.isPending || undefined}>
            {move.isPending ? t('reporting.report.submitting') : t('reporting.report.submit')}
          </button>
        </div>
      )}
    </form>
  );
}
