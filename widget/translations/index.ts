import type { Translation } from './en.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

/** Languages the widget speaks. */
export type WidgetLanguage = 'kk' | 'ru' | 'en';

const TRANSLATIONS: Record<WidgetLanguage, Translation> = { kk, ru, en };

/** Maps a BCP 47 tag such as `ru-KZ` to a widget language, falling back to English. */
export function widgetLanguage(tag: string | null | undefined): WidgetLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'kk' || primary === 'ru' ? primary : 'en';
}

/** The strings for a language. */
export function translation(language: WidgetLanguage): Translation {
  return TRANSLATIONS[language];
}
