import type { Counts } from '../../internal/counts.ts';
import {
  automatedReadabilityIndex,
  colemanLiau,
  daleChall,
  fleschKincaidGrade,
  fleschReadingEase,
  lix,
  smogGrade,
} from '../../internal/formulas.ts';
import { difficultyOfRank, frequencyRanks, UNLISTED_RANK } from '../../internal/word-frequency.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { englishStem } from './stem.ts';

/** The published English formulas the report shows beside the engine's grade. */
export function englishFormulas(c: Counts): Record<string, number> {
  return {
    fleschReadingEase: fleschReadingEase(c),
    fleschKincaidGrade: fleschKincaidGrade(c),
    smog: smogGrade(c),
    colemanLiau: colemanLiau(c),
    automatedReadabilityIndex: automatedReadabilityIndex(c),
    daleChall: daleChall(c),
    lix: lix(c),
  };
}

const ranks = frequencyRanks(
  () => FREQUENT_WORDS,
  (word) => word,
);

/**
 * How hard an English word is to recognise, from its frequency in subtitles (see word-frequency.ts). A form
 * takes the easier of itself and its stem.
 */
export function englishWordDifficulty(norm: string): number {
  // A compound is as hard as its hardest part ("top-level" is two everyday words, not one rare one).
  if (norm.includes('-')) return Math.max(...norm.split('-').map(englishWordDifficulty));
  const word = norm.replace(/'s$/u, '');
  return difficultyOfRank(
    Math.min(ranks.form(word) ?? UNLISTED_RANK, ranks.form(englishStem(word)) ?? UNLISTED_RANK),
  );
}
