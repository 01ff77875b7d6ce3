import type { LanguageCode } from '../internal/rules/types.ts';
import { englishPack } from './en/pack.ts';
import { kazakhPack } from './kk/pack.ts';
import type { LanguagePack } from './pack.ts';
import { russianPack } from './ru/pack.ts';

export type { LanguagePack } from './pack.ts';

/**
 * Every language the engine knows. A page that needs one language can load just its pack (see pack.ts).
 * Frozen, as exported: replacing a pack here would change every later `analyze`.
 */
export const LANGUAGES: Readonly<Record<LanguageCode, LanguagePack>> = Object.freeze({
  en: englishPack,
  ru: russianPack,
  kk: kazakhPack,
});
