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
import { KAZAKHSTAN_ENGLISH, REGIONAL_RANK } from '../../internal/regional-words.ts';
import { compileSequenceRule, forEachSequenceMatch } from '../../internal/rules/sequence.ts';
import type { Document, Sentence } from '../../internal/text/document.ts';
import {
  compoundDifficulty,
  difficultyOfRank,
  frequencyRanks,
  UNLISTED_RANK,
} from '../../internal/word-frequency.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import { passiveVoice } from './rules.ts';
import { listedSpellings } from './spelling.ts';
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
 * takes the easiest of itself, its stem and the spellings the list counts it under (see spelling.ts).
 */
export function englishWordDifficulty(norm: string): number {
  if (norm.includes('-')) return compoundDifficulty(norm, englishWordDifficulty);
  let rank = UNLISTED_RANK;
  for (const spelling of listedSpellings(norm)) {
    rank = Math.min(
      rank,
      ranks.form(spelling) ?? UNLISTED_RANK,
      ranks.form(englishStem(spelling)) ?? UNLISTED_RANK,
    );
  }
  if (REGIONAL.has(norm) || REGIONAL.has(englishStem(norm))) rank = Math.min(rank, REGIONAL_RANK);
  return difficultyOfRank(rank);
}

/** Kazakhstan's everyday words the subtitle list lacks (regional-words.ts). */
const REGIONAL = new Set(KAZAKHSTAN_ENGLISH);

const passive = compileSequenceRule(passiveVoice);

/** Passive constructions in a sentence, found as the en/passive rule finds them (one definition for both). */
export function englishPassives(doc: Document, sentence: Sentence): number {
  let count = 0;
  forEachSequenceMatch(passive, doc, sentence, () => count++);
  return count;
}
