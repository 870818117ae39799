import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

export interface MergedNoticeProps {
  /** The merged units' names, as the API answered them. */
  units: readonly string[];
  successor: string;
  effectiveOn: string;
  onClose: () => void;
}

/** Says which units were merged into which successor from which day, in place of the form. */
export function MergedNotice({ units, successor, effectiveOn, onClose }: MergedNoticeProps) {
  const { t } = useTranslation();
  const language = currentLanguage();

  return (
    <>
      <p role="status" className="success">
        {t('units.merge.merged', { units: units.join(', '), successor, date: formatDate(effectiveOn, language) })}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </>
  );
}
