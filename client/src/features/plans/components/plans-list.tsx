import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { planPath } from '@/config/paths';
import { formatDate, formatInteger } from '@/utils/format';

import { usePlans } from '../api/get-plans';
import { planTitle } from '../names';
import { PlanStatusBadge } from './plan-status-badge';

/** The plans of the reader's province, newest baseline first, each linking to its page. */
export function PlansList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const plans = usePlans();

  if (plans.isPending) return <Loading />;
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.data.items.length === 0) return <p className="empty-state">{t('plans.list.empty')}</p>;
  const rows = [...plans.data.items].sort((a, b) => b.baselineYear - a.baselineYear || b.id - a.id);
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('plans.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.list.title')}</th>
            <th scope="col">{t('plans.list.province')}</th>
            <th scope="col">{t('plans.list.document')}</th>
            <th scope="col">{t('plans.list.years')}</th>
            <th scope="col">{t('plans.list.status')}</th>
            <th scope="col" className="numeric">
              {t('plans.list.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={planPath(plan.id)}>{planTitle(plan, language)}</Link>
              </th>
              <td>{plan.provinceNameVi}</td>
              <td>
                {plan.documentNumber ?? '—'}
                {plan.issuedOn != null && <span className="note"> · {formatDate(plan.issuedOn, language)}</span>}
              </td>
              <td>{t('plans.list.yearsValue', { baseline: plan.baselineYear, target: plan.targetYear })}</td>
              <td>
                <PlanStatusBadge status={plan.status} />
              </td>
              <td className="numeric">{formatInteger(plan.actions, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
