import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { currentLanguage } from '@/config/i18n';
import { actionPath, planPath } from '@/config/paths';
import { formatDate } from '@/utils/format';

import { noActionFilters, useActionItems, writeActionFilters, type ActionFilters } from '../api/get-action-items';
import { usePlans, type PlanSummary } from '../api/get-plans';
import { actionText, planTitle } from '../names';

/** What "my unit's overdue actions" asks the API for: the caller's own units' actions past their due date, oldest first. */
const overdueMine: ActionFilters = { ...noActionFilters, deadlineState: 'Overdue', mine: true, sort: 'due' };

/** The same list on the plan's actions page, where the reader can page through all of them. */
function overdueMinePath(planId: number): string {
  return `${planPath(planId, 'planActions')}?${writeActionFilters(overdueMine).toString()}`;
}

/** "My tasks": the overdue actions that the reader's own units lead or support, in every plan in force. */
export function MyOverdueActions() {
  const plans = usePlans();
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const inForce = plans.data?.items.filter((plan) => plan.status === 'InForce') ?? [];
  return inForce.map((plan) => <PlanOverdueActions key={plan.id} plan={plan} showPlan={inForce.length > 1} />);
}

function PlanOverdueActions({ plan, showPlan }: { plan: PlanSummary; showPlan: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const actions = useActionItems(plan.id, overdueMine);
  if (actions.isPending) return null;
  if (actions.isError) return <ErrorAlert error={actions.error} onRetry={() => void actions.refetch()} />;
  const { items, totalCount } = actions.data;
  return (
    <section>
      <h2 id={headingId}>
        {t('actions.overdueMine.title')}
        {showPlan && <span className="note"> · {planTitle(plan, language)}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="empty-state">{t('actions.overdueMine.none')}</p>
      ) : (
        <>
          <ul aria-labelledby={headingId} className="task-list">
            {items.map((action) => (
              <li key={action.id}>
                <Link to={actionPath(action.id)}>
                  {action.code} · {actionText(action, language)}
                </Link>{' '}
                <span className="note">{t('actions.overdueMine.due', { due: action.dueDate == null ? '—' : formatDate(action.dueDate, language) })}</span>
              </li>
            ))}
          </ul>
          {totalCount > items.length && <Link to={overdueMinePath(plan.id)}>{t('actions.overdueMine.all', { count: totalCount })}</Link>}
        </>
      )}
    </section>
  );
}
