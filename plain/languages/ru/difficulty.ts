import { KAZAKHSTAN_RUSSIAN, REGIONAL_RANK } from '../../internal/regional-words.ts';
import {
  compoundDifficulty,
  difficultyOfRank,
  frequencyRanks,
  UNLISTED_RANK,
} from '../../internal/word-frequency.ts';
import { listWords } from '../pack.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { russianStem } from './stem.ts';

const ranks = frequencyRanks(() => FREQUENT_WORDS, russianStem);
/** The stems of Kazakhstan's everyday words the subtitle list lacks (regional-words.ts). */
const REGIONAL = new Set(KAZAKHSTAN_RUSSIAN.map(russianStem));
const isRegional = (norm: string) => REGIONAL.has(russianStem(norm));

/**
 * Familiar Russian: the authored list holds dictionary forms, and stems do not join every form to its lemma
 * (был/быть, это, нам), so the commonest word forms of the frequency list count too. Russian spreads a
 * lemma over more forms than English does (ENGLISH_FAMILIAR_FORMS is 3,000), hence more forms.
 */
export const RUSSIAN_FAMILIAR_FORMS = 5000;

/** The stems of the authored familiar list (familiar-words.ts), built on first use. */
let authoredStems: Set<string> | undefined;
function isAuthoredFamiliar(norm: string): boolean {
  authoredStems ??= new Set(listWords(FAMILIAR_WORDS).map(russianStem));
  return authoredStems.has(russianStem(norm));
}

/**
 * How hard a Russian word is to recognise, from its frequency in subtitles. A form the list lacks takes the
 * rank of the commonest form with its stem: Russian inflects, and «заявлением» is as familiar as «заявление».
 * A word of the authored familiar list that no subtitle form shares a stem with (ветка, вилка, деревянный,
 * народный: everyday words films seldom say) is as hard as the last form counted familiar, not the rarest.
 */
export function russianWordDifficulty(norm: string): number {
  // A compound is as hard as its hardest part («что-то», «Алма-Ата»; «20-летний» is «летний»).
  if (norm.includes('-')) return compoundDifficulty(norm, russianWordDifficulty);
  const rank =
    ranks.form(norm) ??
    ranks.stem(russianStem(norm)) ??
    (isAuthoredFamiliar(norm) ? RUSSIAN_FAMILIAR_FORMS : UNLISTED_RANK);
  return difficultyOfRank(isRegional(norm) ? Math.min(rank, REGIONAL_RANK) : rank);
}
