import type { LanguageCode, RuleFixture } from '../internal/rules/types.ts';
import { fixtures as en } from './en/fixtures.ts';
import { fixtures as kk } from './kk/fixtures.ts';
import { fixtures as ru } from './ru/fixtures.ts';

/**
 * Each language's rule fixtures, for the tests: kept out of the packs so that pages and the extension do not
 * download them with the rules (a third of the Russian rule pack's source).
 */
export const FIXTURES: Record<LanguageCode, readonly RuleFixture[]> = { en, ru, kk };
