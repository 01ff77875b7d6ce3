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
let regional: Set<string> | undefined;
/** Whether a word is one of Kazakhstan's everyday words the subtitle list lacks (regional-words.ts). */
const isRegional = (norm: string) =>
  (regional ??= new Set(KAZAKHSTAN_RUSSIAN.map(russianStem))).has(russianStem(norm));

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
