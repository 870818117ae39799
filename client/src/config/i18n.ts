import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { vi } from './locales/vi';

export const supportedLanguages = ['vi', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];
export const defaultLanguage: SupportedLanguage = 'vi';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

const storageKey = 'papitracker.language';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

function readStoredLanguage(): SupportedLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isSupportedLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the default is fine then.
    return defaultLanguage;
  }
}

export function currentLanguage(): SupportedLanguage {
  return isSupportedLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}

export async function changeLanguage(language: SupportedLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: supportedLanguages,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export { i18n };
