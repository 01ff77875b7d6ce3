import type { Counts } from './counts.ts';

/**
 * The engine's reading grade: a linear model of words per sentence, lexical load per sentence (the sum of
 * the words' difficulty), syllables per word, clause marks and passives per sentence. The same form serves
 * every language; the constants are each language's own (see bench/calibrate-grade.ts and
 * plain/languages/kk/README.md).
 */
export interface GradeModel {
  intercept: number;
  sentenceLength: number;
  lexicalLoad: number;
  syllablesPerWord: number;
  clauseMarksPerSentence: number;
  /** 0 for a language whose counts have no passives. */
  passivesPerSentence: number;
}

/**
 * Grades run from 0 to about 20 (first year of school to postgraduate). Outside 1–18 the scale is compressed
 * rather than cut off, so a harder sentence never ties with an easier one at the ends of the range.
 */
export const GRADE_RANGE = { min: 0, soft: { low: 1, high: 18 } } as const;

function compressEnds(raw: number): number {
  const { low, high } = GRADE_RANGE.soft;
  if (raw < low) return low * Math.exp(raw - low);
  if (raw > high) return high + Math.log1p(raw - high);
  return raw;
}

/** The grade of a text with the given counts: finite and non-negative for any input. */
export function gradeOf(c: Counts, model: GradeModel): number {
  if (c.words === 0) return GRADE_RANGE.min;
  const sentences = Math.max(1, c.sentences);
  const raw =
    model.intercept +
    model.sentenceLength * (c.words / sentences) +
    model.lexicalLoad * (c.lexicalLoad / sentences) +
    model.syllablesPerWord * (c.syllables / c.words) +
    model.clauseMarksPerSentence * (c.clauseMarks / sentences) +
    model.passivesPerSentence * (c.passives / sentences);
  return Number.isFinite(raw) ? compressEnds(raw) : GRADE_RANGE.min;
}
