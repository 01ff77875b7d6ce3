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
import { memo } from '../pack.ts';
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
 * An English word's frequency rank in subtitles: the best of itself, its stem and the spellings the list counts
 * it under (see spelling.ts); UNLISTED_RANK when the list has none of them.
 */
export function englishRank(norm: string): number {
  let rank = UNLISTED_RANK;
  for (const spelling of listedSpellings(norm)) {
    rank = Math.min(
      rank,
      ranks.form(spelling) ?? UNLISTED_RANK,
      ranks.form(englishStem(spelling)) ?? UNLISTED_RANK,
    );
  }
  if (REGIONAL.has(norm) || REGIONAL.has(englishStem(norm))) rank = Math.min(rank, REGIONAL_RANK);
  return rank;
}

/** The rank of exactly this form in the subtitle list, if it has one: a cheap look-up for candidate words. */
export const englishFormRank = (form: string): number | undefined => ranks.form(form);

/** `englishRank`, remembered: the difficulty of every word and the search for split words both ask it. */
export const englishRankOf = memo(englishRank);

/** How hard an English word is to recognise, from its frequency in subtitles (see word-frequency.ts). */
export function englishWordDifficulty(norm: string): number {
  if (norm.includes('-')) return compoundDifficulty(norm, englishWordDifficulty);
  return difficultyOfRank(englishRankOf(norm));
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
