import { en, type Translation } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

/** Languages the dashboard speaks, in the order the switcher offers them. */
export const DASHBOARD_LANGUAGES = ['kk', 'ru', 'en'] as const;

/** A dashboard language. */
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_AUTONYMS: Record<DashboardLanguage, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

const TRANSLATIONS: Record<DashboardLanguage, Translation> = { kk, ru, en };

/** Maps a BCP 47 tag such as `ru-KZ` to a dashboard language, or undefined for any other language. */
export function dashboardLanguage(tag: string | null | undefined): DashboardLanguage | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return DASHBOARD_LANGUAGES.find((language) => language === primary);
}

/** The strings for a language. */
export function translation(language: DashboardLanguage): Translation {
  return TRANSLATIONS[language];
}

export type { Translation };
