import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { overviewPath, planPath, reportingPath, type PlanPage } from '@/config/paths';

const planPages: readonly { page: PlanPage; key: 'plan' | 'actions' | 'coverage' | 'rankCalculator' | 'effect' }[] = [
  { page: 'plan', key: 'plan' },
  { page: 'planActions', key: 'actions' },
  { page: 'planCoverage', key: 'coverage' },
  { page: 'planRankCalculator', key: 'rankCalculator' },
  { page: 'planEffect', key: 'effect' },
];

export interface PlanLinksProps {
  planId: number;
  /** The plan's province, for its overview. */
  provinceId?: number | undefined;
}

/** The pages of one plan, as tabs under its title. */
export function PlanLinks({ planId, provinceId }: PlanLinksProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('plans.nav.label')} className="sub-nav">
      <ul>
        {planPages.map(({ page, key }) => (
          <li key={page}>
            <NavLink to={planPath(planId, page)} end>
              {t(`plans.nav.${key}`)}
            </NavLink>
          </li>
        ))}
        <li>
          <NavLink to={overviewPath(provinceId)}>{t('plans.nav.overview')}</NavLink>
        </li>
        <li>
          <NavLink to={reportingPath('obligations', planId)}>{t('plans.nav.reporting')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
