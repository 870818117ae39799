import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { planPath } from '@/config/paths';
import { formatDate } from '@/utils/format';

import { useActionItem } from '../api/get-action-item';
import type { ActionItem } from '../api/get-action-items';
import { actionText, actionUnitName } from '../names';
import { ActionStatusBadge, DeadlineBadge } from './action-badges';
import { EditActionForm } from './edit-action-form';
import { ProgressLog } from './progress-log';
import { RecordProgressForm } from './record-progress-form';

export interface ActionDetailProps {
  actionId: number;
  /** The province's coordinator may edit the text and dates (ManagePlans). */
  canEdit: boolean;
  /** Units' officers, heads and coordinators report progress (RecordProgress). */
  canRecord: boolean;
  preferredUnitIds: readonly number[];
}

/** One action: what it is, who leads it, its deadline and status, its progress log; edits for those allowed. */
export function ActionDetail({ actionId, canEdit, canRecord, preferredUnitIds }: ActionDetailProps) {
  const { t } = useTranslation();
  const action = useActionItem(actionId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editHeadingId = useId();
  const recordHeadingId = useId();
  const logHeadingId = useId();

  if (action.isPending) return <Loading />;
  if (action.isError) {
    return (
      <>
        <h1>{t('actions.detail.title')}</h1>
        <ErrorAlert error={action.error} onRetry={() => void action.refetch()} />
      </>
    );
  }
  const item = action.data.data;
  return (
    <>
      <title>{`${t('actions.detail.heading', { code: item.code })} · ${t('app.name')}`}</title>
      <p className="lead">
        <Link className="link-target" to={planPath(item.planId, 'planActions')}>{t('actions.detail.backToList')}</Link>
      </p>
      <h1>{t('actions.detail.heading', { code: item.code })}</h1>
      <ActionFacts action={item} />
      {saved && (
        <p role="status" className="success">
          {t('actions.edit.saved')}
        </p>
      )}
      {canEdit && (
        <section aria-labelledby={editHeadingId}>
          <h2 id={editHeadingId}>{t('actions.edit.heading')}</h2>
          {editing ? (
            <EditActionForm
              // A reloaded version starts a fresh form, with the values someone else saved.
              key={action.data.etag ?? 'none'}
              answer={action.data}
              reloading={action.isFetching}
              onReload={() => void action.refetch()}
              onSaved={() => {
                setSaved(true);
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('actions.edit.open')}
            </button>
          )}
        </section>
      )}
      {canRecord && (
        <section aria-labelledby={recordHeadingId}>
          <h2 id={recordHeadingId}>{t('actions.record.heading')}</h2>
          <RecordProgressForm action={item} preferredUnitIds={preferredUnitIds} />
        </section>
      )}
      <section aria-labelledby={logHeadingId}>
        <h2 id={logHeadingId}>{t('actions.progress.heading')}</h2>
        <ProgressLog actionId={item.id} canAttach={canRecord} />
      </section>
    </>
  );
}

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'wide' : undefined}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ActionFacts({ action }: { action: ActionItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const units = (role: 'Lead' | 'Coordinating') =>
    action.units
      .filter((unit) => unit.role === role)
      .map((unit) => actionUnitName(unit, language))
      .join('; ') || '—';
  return (
    <>
      <p className="action-text">{actionText(action, language)}</p>
      <dl className="facts">
        <Fact label={t('actions.detail.kind')}>{t(`actions.kind.${action.kind}`)}</Fact>
        <Fact label={t('actions.detail.dimensions')}>{action.dimensions.map((code) => t('actions.dimension', { code })).join(', ')}</Fact>
        <Fact label={t('actions.detail.subDimensions')}>{action.subDimensions.join(', ') || '—'}</Fact>
        <Fact label={t('actions.detail.start')}>{action.startDate != null ? formatDate(action.startDate, language) : '—'}</Fact>
        <Fact label={t('actions.detail.due')}>
          {action.recurring ? t('actions.recurring') : action.dueDate != null ? formatDate(action.dueDate, language) : '—'}
        </Fact>
        {action.reviewCadence != null && <Fact label={t('actions.detail.cadence')}>{t(`actions.cadence.${action.reviewCadence}`)}</Fact>}
        <Fact label={t('actions.detail.status')}>
          <ActionStatusBadge status={action.status} /> <DeadlineBadge state={action.deadlineState} />
          {action.completedOn != null && <span className="note"> · {t('actions.detail.completedOn', { date: formatDate(action.completedOn, language) })}</span>}
        </Fact>
        {/* A commune-level action lists dozens of units: they get the whole width. */}
        <Fact label={t('actions.detail.lead')} wide>
          {units('Lead')}
        </Fact>
        <Fact label={t('actions.detail.coordinating')} wide>
          {units('Coordinating')}
        </Fact>
      </dl>
    </>
  );
}
