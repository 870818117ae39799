import { useTranslation } from 'react-i18next';

import { ReleaseRevisions } from '@/features/score-import/components/release-revisions';
import { ScoreImportForm } from '@/features/score-import/components/score-import-form';

export function ScoreImportRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('scoreImport.title')} · ${t('app.name')}`}</title>
      <h1>{t('scoreImport.title')}</h1>
      <p>{t('scoreImport.intro')}</p>
      <ScoreImportForm />
      <ReleaseRevisions />
    </>
  );
}
