import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDate, formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { usePlan, type Plan } from '../api/get-plan';
import { planTitle } from '../names';
import { PlanStatusBadge } from './plan-status-badge';
import { TargetsTable } from './targets-table';

export interface PlanDetailProps {
  planId: number;
  /** Links to the plan's other pages, drawn by the route. */
  links: ReactNode;
}

/** A plan's facts, the indices it answers and its targets with their progress. */
export function PlanDetail({ planId, links }: PlanDetailProps) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const targetsHeadingId = useId();
  const indicesHeadingId = useId();

  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <>
      <PlanHeading plan={plan.data} />
      {links}
      <PlanFacts plan={plan.data} />
      <section aria-labelledby={indicesHeadingId}>
        <h2 id={indicesHeadingId}>{t('plans.indices.heading')}</h2>
        <PlanIndices plan={plan.data} />
      </section>
      <section aria-labelledby={targetsHeadingId}>
        <h2 id={targetsHeadingId}>{t('plans.targets.heading')}</h2>
        <TargetsTable targets={plan.data.targets} targetYear={plan.data.targetYear} showIndex={plan.data.indices.length > 1} />
      </section>
    </>
  );
}

/** The plan's title as the page's heading (and the document's title). */
export function PlanHeading({ plan, page }: { plan: Plan; page?: string }) {
  const { t } = useTranslation();
  const title = planTitle(plan, currentLanguage());
  return (
    <>
      <title>{`${page ? `${page} · ` : ''}${title} · ${t('app.name')}`}</title>
      {page ? (
        <>
          <p className="lead">{title}</p>
          <h1>{page}</h1>
        </>
      ) : (
        <h1>{title}</h1>
      )}
    </>
  );
}

/** Every index the plan answers (its lead index first), each from its own baseline, with its targets. */
function PlanIndices({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('plans.indices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.indices.index')}</th>
            <th scope="col">{t('plans.indices.baseline')}</th>
            <th scope="col" className="numeric">
              {t('plans.indices.targets')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.indices.map((index) => (
            <tr key={index.framework}>
              <th scope="row">
                {localName(index.nameVi, index.nameEn, language)} ({index.framework})
              </th>
              <td>{index.baselineYear}</td>
              <td className="numeric">{formatInteger(plan.targets.filter((target) => target.framework === index.framework).length, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PlanFacts({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <dl className="facts">
      <div>
        <dt>{t('plans.detail.issuer')}</dt>
        <dd>{localName(plan.issuerVi, plan.issuerEn, language)}</dd>
      </div>
      {plan.documentNumber != null && (
        <div>
          <dt>{t('plans.detail.document')}</dt>
          <dd>
            {plan.documentNumber}
            {plan.issuedOn != null && <> · {formatDate(plan.issuedOn, language)}</>}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('plans.detail.province')}</dt>
        <dd>{plan.provinceNameVi}</dd>
      </div>
      <div>
        <dt>{t('plans.detail.years')}</dt>
        <dd>{t('plans.list.yearsValue', { baseline: plan.baselineYear, target: plan.targetYear })}</dd>
      </div>
      <div>
        <dt>{t('plans.detail.status')}</dt>
        <dd>
          <PlanStatusBadge status={plan.status} />
        </dd>
      </div>
    </dl>
  );
}
