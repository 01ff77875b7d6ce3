import { isNumberWithEnding } from './text/numerals.ts';
/**
 * Word difficulty from frequency: recognition time grows with the logarithm of a word's rarity (Brysbaert &
 * New 2009), and rare words cost disproportionately more, so a word's cost is the square of its log-rank above
 * the ~30 commonest words. Shared by every language that ships a frequency list.
 */

/** Rank given to a word the list does not have: a little rarer than its last entry. */
export const UNLISTED_RANK = 40_000;
const EVERYDAY_LOG_RANK = 1.5;

/** The cost of a word of this frequency rank (1 = the most frequent word). */
export function difficultyOfRank(rank: number): number {
  const above = Math.max(0, Math.log10(rank) - EVERYDAY_LOG_RANK);
  return above * above;
}

/** Ranks in a frequency list: of each form, and the best rank among the forms that share a stem. */
export interface FrequencyRanks {
  form(word: string): number | undefined;
  stem(stemmed: string): number | undefined;
}

/** Reads a space-separated list, most frequent first; built on first use, so unused languages cost nothing. */
export function frequencyRanks(list: () => string, stem: (word: string) => string): FrequencyRanks {
  let forms: Map<string, number> | undefined;
  let stems: Map<string, number> | undefined;
  const build = () => {
    forms = new Map();
    stems = new Map();
    let rank = 0;
    for (const word of list().trim().split(/\s+/u)) {
      if (forms.has(word)) continue;
      forms.set(word, ++rank);
      const stemmed = stem(word);
      if (!stems.has(stemmed)) stems.set(stemmed, rank);
    }
    return { forms, stems };
  };
  return {
    form: (word) => (forms ?? build().forms).get(word),
    stem: (stemmed) => (stems ?? build().stems).get(stemmed),
  };
}

/**
 * A hyphenated compound is as hard as its hardest part ("top-level" is two everyday words, not one rare one).
 * A part without letters is a number ("20" in "20-year-old", «20-летний»), read at a glance: numbers standing
 * alone are not counted as words at all, so a number in a compound costs nothing either; nor does an ordinal
 * ("4th" in "4th-grade"), a single letter ("e-mail", "X-ray") or a prefix ("anti-corruption", «вице-министр»),
 * all read with their word at a glance. A compound the list has as one word ("wi-fi" as "wifi") is as easy as it.
 */
export function compoundDifficulty(norm: string, difficulty: (part: string) => number): number {
  let hardest = 0;
  for (const part of norm.split('-'))
    if (part.length > 1 && LETTERS.test(part) && !isNumberWithEnding(part) && !PREFIXES.has(part))
      hardest = Math.max(hardest, difficulty(part));
  return Math.min(hardest, difficulty(norm.replaceAll('-', '')));
}

const LETTERS = /\p{L}/u;
/** Prefixes written with a hyphen ("anti-corruption", «вице-министр»): read with the word, costing nothing. */
const PREFIXES = new Set(
  (
    'non anti co re ex pre post mid self vice semi multi inter counter pro sub super ultra mini micro macro ' +
    'вице экс анти пост пред контр супер мини микро макро мульти псевдо'
  ).split(' '),
);
