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

let ranks: Map<string, number> | undefined;

/** Rank of a form in the frequency list (1 = most frequent), or undefined when it is not among them. */
function rankOf(norm: string): number | undefined {
  if (!ranks) {
    ranks = new Map();
    let rank = 0;
    for (const word of FREQUENT_WORDS.trim().split(/\s+/u)) if (!ranks.has(word)) ranks.set(word, ++rank);
  }
  return ranks.get(norm);
}

const UNLISTED_RANK = 40_000;
const EVERYDAY_LOG_RANK = 1.5;

/**
 * How hard an English word is to recognise, from its frequency: recognition time grows with the logarithm of
 * a word's rarity (Brysbaert & New 2009), and rare words cost disproportionately more, so the cost is the
 * square of the log-rank above the ~30 commonest words. A form takes the easier of itself and its stem.
 */
export function englishWordDifficulty(norm: string): number {
  // A compound is as hard as its hardest part ("top-level" is two everyday words, not one rare one).
  if (norm.includes('-')) return Math.max(...norm.split('-').map(englishWordDifficulty));
  const word = norm.replace(/'s$/u, '');
  const rank = Math.min(rankOf(word) ?? UNLISTED_RANK, rankOf(englishStem(word)) ?? UNLISTED_RANK);
  const above = Math.max(0, Math.log10(rank) - EVERYDAY_LOG_RANK);
  return above * above;
}
