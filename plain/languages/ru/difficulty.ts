import {
  compoundDifficulty,
  difficultyOfRank,
  frequencyRanks,
  UNLISTED_RANK,
} from '../../internal/word-frequency.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { russianStem } from './stem.ts';

const ranks = frequencyRanks(() => FREQUENT_WORDS, russianStem);

/**
 * How hard a Russian word is to recognise, from its frequency in subtitles. A form the list lacks takes the
 * rank of the commonest form with its stem: Russian inflects, and «заявлением» is as familiar as «заявление».
 */
export function russianWordDifficulty(norm: string): number {
  // A compound is as hard as its hardest part («что-то», «Алма-Ата»; «20-летний» is «летний»).
  if (norm.includes('-')) return compoundDifficulty(norm, russianWordDifficulty);
  return difficultyOfRank(ranks.form(norm) ?? ranks.stem(russianStem(norm)) ?? UNLISTED_RANK);
}
