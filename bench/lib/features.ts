// Counts a text with one language's counting rules, for calibration and benchmarks.
import { type Counts, countDocument, proseCounts } from '../../plain/internal/counts.ts';
import type { LanguageCode } from '../../plain/internal/rules/types.ts';
import { mendBrokenWords } from '../../plain/internal/text/join-words.ts';
import { segment } from '../../plain/internal/text/segment.ts';
import type { LanguagePack } from '../../plain/languages/pack.ts';
import { LANGUAGES } from '../../plain/languages/registry.ts';

/** Counts of `text` as if it were all in `language`. */
export function countsOf(text: string, language: LanguageCode): Counts {
  const pack = LANGUAGES[language];
  return countDocument(mended(text, pack), () => pack);
}

/** The text segmented, with the words text extraction split mended as `analyze` mends them. */
function mended(text: string, pack: LanguagePack) {
  const doc = segment(text);
  mendBrokenWords(doc, () => pack);
  return doc;
}

/**
 * The counts the engine grades `text` on (its prose, without headings), as if it were all in `language`;
 * `pack` replaces the language's pack (a calibration trying other word difficulties).
 */
export function gradeCountsOf(
  text: string,
  language: LanguageCode,
  pack: LanguagePack = LANGUAGES[language],
): Counts {
  const doc = mended(text, pack);
  return proseCounts(
    doc,
    () => pack,
    countDocument(doc, () => pack),
  );
}

/** The grade model's inputs: words, lexical load, clause marks and passives per sentence, syllables per word. */
export function gradeFeatures(c: Counts): {
  asl: number;
  load: number;
  asw: number;
  clauses: number;
  passives: number;
} {
  const sentences = Math.max(1, c.sentences);
  return {
    asl: c.words / sentences,
    load: c.lexicalLoad / sentences,
    asw: c.syllables / Math.max(1, c.words),
    clauses: c.clauseMarks / sentences,
    passives: c.passives / sentences,
  };
}

/** Mean and standard deviation. */
export function meanSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length);
  return { mean, sd: Math.sqrt(variance) };
}

/** Pearson correlation. */
export function correlation(x: number[], y: number[]): number {
  const mx = meanSd(x);
  const my = meanSd(y);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += ((x[i] ?? 0) - mx.mean) * ((y[i] ?? 0) - my.mean);
  return sum / Math.max(1e-12, x.length * mx.sd * my.sd);
}
