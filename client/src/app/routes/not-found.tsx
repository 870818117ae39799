import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('app.notFound.title')} · ${t('app.name')}`}</title>
      <h1>{t('app.notFound.title')}</h1>
      <p>
        <Link className="link-target" to={paths.rankings}>{t('app.notFound.backToRankings')}</Link>
      </p>
    </>
  );
}
