import { GRADE_MODELS } from '../grade-models.ts';
import { familiarity, type LanguagePack, listWords, memo } from '../pack.ts';
import { agreeRussian, agreeRussianNoun } from './agreement.ts';
import { RUSSIAN_FAMILIAR_FORMS, russianWordDifficulty } from './difficulty.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import { fitsInPlaceRussian } from './fits.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { russianFormulas } from './grade.ts';
import { impersonalRussian } from './impersonal.ts';
import { carryRussian, prepositionFor } from './recase.ts';
import { rules } from './rules.ts';
import { russianStem } from './stem.ts';
import { russianSyllables } from './syllables.ts';
import { RUSSIAN_TERMS } from './terms.ts';

/**
 * A text that never writes «ё» (most official Russian does not) gets suggestions with «е» («подаете», «ведет»),
 * so a paste does not mix the two spellings.
 */
function withoutYo(text: string): ((suggestion: string) => string) | undefined {
  if (/[ёЁ]/u.test(text)) return undefined;
  return (suggestion) => suggestion.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е');
}

/** Russian. Reading speed: Trauzettel-Klosinski & Dietz 2012 (IReST), 184 words per minute. */
export const russianPack: LanguagePack = {
  code: 'ru',
  syllables: memo(russianSyllables),
  stem: russianStem,
  isFamiliar: familiarity(
    () => [...listWords(FAMILIAR_WORDS), ...listWords(FREQUENT_WORDS).slice(0, RUSSIAN_FAMILIAR_FORMS)],
    russianStem,
  ),
  difficulty: memo(russianWordDifficulty),
  agree: (suggestion, matched, stem, phrase) =>
    phrase?.noun && stem !== undefined
      ? agreeRussianNoun(suggestion, matched, stem, phrase)
      : agreeRussian(suggestion, matched, phrase?.before),
  carry: carryRussian,
  prepositionFor,
  spellingOf: withoutYo,
  fitsInPlace: fitsInPlaceRussian,
  impersonal: impersonalRussian,
  grade: GRADE_MODELS.ru,
  wordsPerMinute: 184,
  formulas: russianFormulas,
  rules,
  terms: RUSSIAN_TERMS,
};
