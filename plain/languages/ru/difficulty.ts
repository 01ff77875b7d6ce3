import { KAZAKHSTAN_RUSSIAN, REGIONAL_RANK } from '../../internal/regional-words.ts';
import {
  compoundDifficulty,
  difficultyOfRank,
  frequencyRanks,
  UNLISTED_RANK,
} from '../../internal/word-frequency.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { russianStem } from './stem.ts';

const ranks = frequencyRanks(() => FREQUENT_WORDS, russianStem);
/** The stems of Kazakhstan's everyday words the subtitle list lacks (regional-words.ts). */
const REGIONAL = new Set(KAZAKHSTAN_RUSSIAN.map(russianStem));
const isRegional = (norm: string) => REGIONAL.has(russianStem(norm));

/**
 * How hard a Russian word is to recognise, from its frequency in subtitles. A form the list lacks takes the
 * rank of the commonest form with its stem: Russian inflects, and «заявлением» is as familiar as «заявление».
 */
export function russianWordDifficulty(norm: string): number {
  // A compound is as hard as its hardest part («что-то», «Алма-Ата»; «20-летний» is «летний»).
  if (norm.includes('-')) return compoundDifficulty(norm, russianWordDifficulty);
  const rank = ranks.form(norm) ?? ranks.stem(russianStem(norm)) ?? UNLISTED_RANK;
  return difficultyOfRank(isRegional(norm) ? Math.min(rank, REGIONAL_RANK) : rank);
}
