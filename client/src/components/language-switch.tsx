import { useTranslation } from 'react-i18next';

import { changeLanguage, currentLanguage, type SupportedLanguage } from '@/config/i18n';

const otherLanguage: Record<SupportedLanguage, SupportedLanguage> = { vi: 'en', en: 'vi' };

/** Toggles between Vietnamese and English; the label is written in the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = otherLanguage[currentLanguage()];

  return (
    <button
      type="button"
      className="language-switch"
      lang={target}
      title={t('app.language.switchToLabel')}
      onClick={() => void changeLanguage(target)}
    >
      {t('app.language.switchTo')}
    </button>
  );
}
