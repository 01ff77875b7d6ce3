import type { Counts } from '../internal/counts.ts';
import type { GradeModel } from '../internal/grade.ts';
import type { LanguageCode, Rule, RuleFixture } from '../internal/rules/types.ts';
import { fixtures as englishFixtures } from './en/fixtures.ts';
import { FREQUENT_WORDS } from './en/frequent-words.ts';
import { englishFormulas, englishWordDifficulty } from './en/grade.ts';
import { rules as englishRules } from './en/rules.ts';
import { englishStem } from './en/stem.ts';
import { englishSyllables } from './en/syllables.ts';
import { GRADE_MODELS } from './grade-models.ts';
import { FAMILIAR_WORDS as KAZAKH_FAMILIAR } from './kk/familiar-words.ts';
import { fixtures as kazakhFixtures } from './kk/fixtures.ts';
import { kazakhFormulas } from './kk/grade.ts';
import { rules as kazakhRules } from './kk/rules.ts';
import { kazakhStem } from './kk/stem.ts';
import { kazakhSyllables } from './kk/syllables.ts';
import { russianWordDifficulty } from './ru/difficulty.ts';
import { FAMILIAR_WORDS as RUSSIAN_FAMILIAR } from './ru/familiar-words.ts';
import { fixtures as russianFixtures } from './ru/fixtures.ts';
import { russianFormulas } from './ru/grade.ts';
import { rules as russianRules } from './ru/rules.ts';
import { russianStem } from './ru/stem.ts';
import { russianSyllables } from './ru/syllables.ts';

/** Everything the engine knows about one language. */
export interface LanguagePack {
  code: LanguageCode;
  syllables(norm: string): number;
  stem(norm: string): string;
  isFamiliar(norm: string): boolean;
  /** Silent reading speed of adults, words per minute, for reading time. */
  wordsPerMinute: number;
  /** How hard a word is to recognise (0 for everyday words); summed into `Counts.lexicalLoad`. */
  difficulty(norm: string): number;
  /** The engine's grade model, calibrated by bench/calibrate-grade.ts. */
  grade: GradeModel;
  /** Published formulas for this language, by name. */
  formulas(counts: Counts): Record<string, number>;
  rules: readonly Rule[];
  fixtures: readonly RuleFixture[];
}

/**
 * Memoises a per-word function: word frequencies follow Zipf's law, so a few thousand forms make up most
 * of any text. The cache is bounded and results are pure, so analysis stays deterministic.
 */
function memo<T>(compute: (norm: string) => T, limit = 50_000): (norm: string) => T {
  let cache = new Map<string, T>();
  return (norm) => {
    const known = cache.get(norm);
    if (known !== undefined) return known;
    const value = compute(norm);
    if (cache.size >= limit) cache = new Map();
    cache.set(norm, value);
    return value;
  };
}

/** A lazily built lookup of familiar words and their stems. */
function familiarity(list: () => string[], stem: (word: string) => string): (norm: string) => boolean {
  let forms: Set<string> | undefined;
  let stems: Set<string> | undefined;
  return memo((norm) => {
    if (!forms || !stems) {
      forms = new Set(list());
      stems = new Set([...forms].map(stem));
    }
    return forms.has(norm) || stems.has(stem(norm)) || /^\p{N}/u.test(norm);
  });
}

/**
 * Word difficulty where no frequency list is available (Kazakh: no licensable corpus of everyday Kazakh large
 * enough was found): 1 for a word outside the familiar list, as in Dale–Chall, else 0.
 */
function unfamiliarity(pack: () => LanguagePack): (norm: string) => number {
  return (norm) => (pack().isFamiliar(norm) ? 0 : 1);
}

const words = (text: string) =>
  text
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/ё/gu, 'е'));

/**
 * How many of the most frequent English forms count as familiar: about the coverage of Dale–Chall's
 * 3,000-word list, and of the Russian and Kazakh familiar lists.
 */
export const ENGLISH_FAMILIAR_FORMS = 3000;

// Reading speeds: Trauzettel-Klosinski & Dietz 2012 (IReST, Invest. Ophthalmol. Vis. Sci. 53): English 228,
// Russian 184 words per minute; Kazakh was not measured, so Turkish, the closest agglutinative language
// measured, stands in (166).
export const LANGUAGES: Record<LanguageCode, LanguagePack> = {
  en: {
    code: 'en',
    syllables: memo(englishSyllables),
    stem: englishStem,
    isFamiliar: familiarity(() => words(FREQUENT_WORDS).slice(0, ENGLISH_FAMILIAR_FORMS), englishStem),
    difficulty: memo(englishWordDifficulty),
    grade: GRADE_MODELS.en,
    wordsPerMinute: 228,
    formulas: englishFormulas,
    rules: englishRules,
    fixtures: englishFixtures,
  },
  ru: {
    code: 'ru',
    syllables: memo(russianSyllables),
    stem: russianStem,
    isFamiliar: familiarity(() => words(RUSSIAN_FAMILIAR), russianStem),
    difficulty: memo(russianWordDifficulty),
    grade: GRADE_MODELS.ru,
    wordsPerMinute: 184,
    formulas: russianFormulas,
    rules: russianRules,
    fixtures: russianFixtures,
  },
  kk: {
    code: 'kk',
    syllables: memo(kazakhSyllables),
    stem: kazakhStem,
    isFamiliar: familiarity(() => words(KAZAKH_FAMILIAR), kazakhStem),
    difficulty: unfamiliarity(() => LANGUAGES.kk),
    grade: GRADE_MODELS.kk,
    wordsPerMinute: 166,
    formulas: kazakhFormulas,
    rules: kazakhRules,
    fixtures: kazakhFixtures,
  },
};
