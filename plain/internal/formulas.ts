import type { Counts } from './counts.ts';

/** Average sentence length in words and average syllables per word, guarded against empty text. */
export function averages(c: Counts): { asl: number; asw: number; lpw: number } {
  const words = Math.max(1, c.words);
  return { asl: c.words / Math.max(1, c.sentences), asw: c.syllables / words, lpw: c.letters / words };
}

// ---- English -------------------------------------------------------------------------------------------

/** Flesch Reading Ease (Flesch 1948, "A new readability yardstick", J. Applied Psychology 32). */
export function fleschReadingEase(c: Counts): number {
  const { asl, asw } = averages(c);
  return 206.835 - 1.015 * asl - 84.6 * asw;
}

/** Flesch–Kincaid Grade Level (Kincaid, Fishburne, Rogers & Chissom 1975, Navy report RBR-8-75). */
export function fleschKincaidGrade(c: Counts): number {
  const { asl, asw } = averages(c);
  return 0.39 * asl + 11.8 * asw - 15.59;
}

/** SMOG grade (McLaughlin 1969, J. Reading 12), normalised to 30 sentences (Mc Laughlin's sample size). */
export function smogGrade(c: Counts): number {
  return 1.043 * Math.sqrt(c.polysyllables * (30 / Math.max(1, c.sentences))) + 3.1291;
}

/** Coleman–Liau index (Coleman & Liau 1975, J. Applied Psychology 60): letters and sentences per 100 words. */
export function colemanLiau(c: Counts): number {
  const words = Math.max(1, c.words);
  return 0.0588 * ((c.letters / words) * 100) - 0.296 * ((c.sentences / words) * 100) - 15.8;
}

/** Automated Readability Index (Senter & Smith 1967, AMRL-TR-66-220). */
export function automatedReadabilityIndex(c: Counts): number {
  const { asl, lpw } = averages(c);
  return 4.71 * lpw + 0.5 * asl - 21.43;
}

/** LIX (Björnsson 1968, "Läsbarhet"): sentence length plus percentage of words over six letters; any language. */
export function lix(c: Counts): number {
  const words = Math.max(1, c.words);
  return words / Math.max(1, c.sentences) + (c.longWords * 100) / words;
}

/**
 * New Dale–Chall raw score (Chall & Dale 1995, "Readability Revisited"): percentage of words outside a
 * familiar list and sentence length; 3.6365 is added when more than 5% of words are unfamiliar.
 */
export function daleChall(c: Counts): number {
  const words = Math.max(1, c.words);
  const difficult = (c.unfamiliarWords * 100) / words;
  const raw = 0.1579 * difficult + 0.0496 * (words / Math.max(1, c.sentences));
  return difficult > 5 ? raw + 3.6365 : raw;
}

// ---- Russian -------------------------------------------------------------------------------------------

/** Flesch Reading Ease for Russian (Oborneva 2006, "Автоматизированная оценка сложности учебных текстов"). */
export function obornevaReadingEase(c: Counts): number {
  const { asl, asw } = averages(c);
  return 206.835 - 1.3 * asl - 60.1 * asw;
}

/** Flesch–Kincaid grade for Russian with Oborneva's coefficients (Oborneva 2006). */
export function obornevaGrade(c: Counts): number {
  const { asl, asw } = averages(c);
  return 0.5 * asl + 8.4 * asw - 15.59;
}

/** Flesch–Kincaid grade as fitted to Russian school texts by plainrussian.ru (Begtin, Infoculture 2013). */
export function plainRussianFleschKincaid(c: Counts): number {
  const { asl, asw } = averages(c);
  return 0.318 * asl + 14.2 * asw - 30.5;
}

/** Coleman–Liau as fitted for Russian by plainrussian.ru (Begtin, Infoculture 2013). */
export function plainRussianColemanLiau(c: Counts): number {
  const words = Math.max(1, c.words);
  return 0.055 * ((c.letters / words) * 100) - 0.35 * ((c.sentences / words) * 100) - 20.33;
}

/** SMOG as fitted for Russian by plainrussian.ru: complex words have five or more syllables. */
export function plainRussianSmog(c: Counts): number {
  return 1.1 * Math.sqrt((64.6 / Math.max(1, c.sentences)) * c.complexWords) + 0.05;
}

/** Automated Readability Index as fitted for Russian by plainrussian.ru (Begtin, Infoculture 2013). */
export function plainRussianAri(c: Counts): number {
  const { asl, lpw } = averages(c);
  return 6.26 * lpw + 0.2805 * asl - 31.04;
}
