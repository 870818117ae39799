import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { currentLanguage } from '@/config/i18n';
import { actionPath, planPath } from '@/config/paths';
import { formatDate } from '@/utils/format';

import { noActionFilters, useActionItems, writeActionFilters, type ActionFilters } from '../api/get-action-items';
import { actionText } from '../names';

/** What "my unit's overdue actions" asks the API for: the caller's own units' actions past their due date, oldest first. */
const overdueMine: ActionFilters = { ...noActionFilters, deadlineState: 'Overdue', mine: true, sort: 'due' };

/** The same list on the plan's actions page, where the reader can page through all of them. */
function overdueMinePath(planId: number): string {
  return `${planPath(planId, 'planActions')}?${writeActionFilters(overdueMine).toString()}`;
}

/** A plan whose overdue actions are listed, with its title in the reader's language. */
export interface PlanOfActions {
  id: number;
  title: string;
}

/** "My tasks": the overdue actions that the reader's own units lead or support, in each of the given plans. */
export function MyOverdueActions({ plans }: { plans: readonly PlanOfActions[] }) {
  return plans.map((plan) => <PlanOverdueActions key={plan.id} plan={plan} showPlan={plans.length > 1} />);
}

function PlanOverdueActions({ plan, showPlan }: { plan: PlanOfActions; showPlan: boolean }) {
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
        {showPlan && <span className="note"> · {plan.title}</span>}
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
