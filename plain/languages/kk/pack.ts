import { GRADE_MODELS } from '../grade-models.ts';
import { familiarity, type LanguagePack, listWords, memo, unfamiliarity } from '../pack.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import { fixtures } from './fixtures.ts';
import { kazakhFormulas } from './grade.ts';
import { isLatinWord, latinToCyrillic, spellLike } from './latin.ts';
import { rules } from './rules.ts';
import { kazakhRootCandidates, kazakhStem } from './stem.ts';
import { kazakhSyllables } from './syllables.ts';

/** A word is familiar when the list has it, its stem, or any root its suffixes may leave (see stem.ts). */
const isFamiliar = familiarity(() => listWords(FAMILIAR_WORDS), kazakhStem, kazakhRootCandidates);

/**
 * Kazakh. Reading speed: not measured by IReST (Trauzettel-Klosinski & Dietz 2012), so Turkish, the closest
 * agglutinative language measured, stands in: 166 words per minute.
 */
export const kazakhPack: LanguagePack = {
  code: 'kk',
  syllables: memo(kazakhSyllables),
  stem: kazakhStem,
  isFamiliar,
  difficulty: unfamiliarity(isFamiliar),
  grade: GRADE_MODELS.kk,
  wordsPerMinute: 166,
  formulas: kazakhFormulas,
  rules,
  fixtures,
  otherScript: { isWritten: isLatinWord, toMain: latinToCyrillic, spellLike },
};
