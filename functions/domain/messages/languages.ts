// The languages customers are written to in, and how a language tag from a
// form, a classifier or an Accept-Language header maps onto one of them.

export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt', 'ru', 'uk', 'ar', 'vi', 'zh'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: SupportedLanguage = 'en';

/** Each language by its own name, for pickers: a customer looks for the name they read. */
export const LANGUAGE_NATIVE_NAMES: Readonly<Record<SupportedLanguage, string>> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  ru: 'Русский',
  uk: 'Українська',
  ar: 'العربية',
  vi: 'Tiếng Việt',
  zh: '中文',
};

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** "pt-BR", "ZH_hans", " uk " → pt, zh, uk; anything else → en. */
export function resolveLanguage(language: string | undefined | null): SupportedLanguage {
  if (typeof language !== 'string') return DEFAULT_LANGUAGE;
  const primary = language.trim().toLowerCase().split(/[-_]/, 1)[0];
  return isSupportedLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

export function textDirection(language: SupportedLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
