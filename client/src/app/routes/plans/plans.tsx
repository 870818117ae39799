import { useTranslation } from 'react-i18next';

import { PlansList } from '@/features/plans/components/plans-list';

export function PlansRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('plans.title')} · ${t('app.name')}`}</title>
      <h1>{t('plans.title')}</h1>
      <p className="lead">{t('plans.intro')}</p>
      <PlansList />
    </>
  );
}
