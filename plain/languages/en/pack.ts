import { GRADE_MODELS } from '../grade-models.ts';
import { familiarity, type LanguagePack, listWords, memo } from '../pack.ts';
import { activeVoiceEnglish, englishWithSubject } from './active-voice.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import {
  englishFormRank,
  englishFormulas,
  englishPassives,
  englishRankOf,
  englishWordDifficulty,
} from './grade.ts';
import { type LigatureLexicon, ligatureParts, lostLigatureJoins } from './lost-ligatures.ts';
import { rules } from './rules.ts';
import { listedSpellings } from './spelling.ts';
import { englishStem } from './stem.ts';
import { englishSyllables } from './syllables.ts';
import { ENGLISH_TERMS } from './terms.ts';

/**
 * How many of the most frequent English forms count as familiar: about the coverage of Dale–Chall's
 * 3,000-word list, and of the Russian and Kazakh familiar lists.
 */
export const ENGLISH_FAMILIAR_FORMS = 3000;

let ligatures: LigatureLexicon | undefined;
/** What the lost-ligature search reads of the list, built on first use. */
const ligatureLexicon = (): LigatureLexicon => {
  ligatures ??= {
    rank: englishRankOf,
    formRank: englishFormRank,
    familiarRank: ENGLISH_FAMILIAR_FORMS,
    parts: ligatureParts(listWords(FREQUENT_WORDS)),
  };
  return ligatures;
};

/** English. Reading speed: Trauzettel-Klosinski & Dietz 2012 (IReST), 228 words per minute. */
export const englishPack: LanguagePack = {
  code: 'en',
  syllables: memo(englishSyllables),
  stem: englishStem,
  isFamiliar: familiarity(
    () => listWords(FREQUENT_WORDS).slice(0, ENGLISH_FAMILIAR_FORMS),
    englishStem,
    listedSpellings,
  ),
  difficulty: memo(englishWordDifficulty),
  passives: englishPassives,
  activeVoice: (words, sentence, match) =>
    activeVoiceEnglish(words, sentence, match, (norm) => englishFormRank(norm) !== undefined),
  withSubject: englishWithSubject,
  grade: GRADE_MODELS.en,
  wordsPerMinute: 228,
  formulas: englishFormulas,
  rules,
  terms: ENGLISH_TERMS,
  brokenWords: (doc, paragraph) => lostLigatureJoins(doc, paragraph, ligatureLexicon()),
};
