import type { LanguageCode } from '../internal/rules/types.ts';
import { englishPack } from './en/pack.ts';
import { kazakhPack } from './kk/pack.ts';
import type { LanguagePack } from './pack.ts';
import { russianPack } from './ru/pack.ts';

export type { LanguagePack } from './pack.ts';

/** Every language the engine knows. A page that needs one language can load just its pack (see pack.ts). */
export const LANGUAGES: Record<LanguageCode, LanguagePack> = {
  en: englishPack,
  ru: russianPack,
  kk: kazakhPack,
};
