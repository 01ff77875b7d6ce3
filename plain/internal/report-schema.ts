import * as z from 'zod/mini';

const code = z.enum(['kk', 'ru', 'en']);
/** A UTF-16 offset into the text. */
const offset = z.int().check(z.gte(0));
/** A count of words, sentences, letters… */
const count = z.int().check(z.gte(0));
const confidence = z.number().check(z.gte(0), z.lte(1));

/** Zod schema of one finding. */
export const FindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'suggestion']),
    start: offset,
    end: offset,
    text: z.string(),
    message: z.string(),
    suggestions: z.array(z.string()),
    link: z.string(),
  })
  .check(z.refine((f) => f.end >= f.start, { message: 'end is before start', path: ['end'] }));

/** Zod schema of the metrics: counts, averages, the engine's grade and the published formulas. */
export const MetricsSchema = z.object({
  words: count,
  sentences: count,
  paragraphs: count,
  syllables: count,
  letters: count,
  longWords: count,
  polysyllables: count,
  unfamiliarWords: count,
  averageSentenceLength: z.number(),
  averageSyllablesPerWord: z.number(),
  averageLettersPerWord: z.number(),
  longWordShare: z.number(),
  unfamiliarWordShare: z.number(),
  passiveShare: z.number(),
  grade: z.number(),
  formulas: z.record(z.string(), z.number()),
  readingTimeMinutes: z.number(),
});

/** Zod schema of the report `analyze` returns; other parts of Heard validate stored reports with it. */
export const ReportSchema = z.object({
  language: z.object({
    code,
    confidence,
    paragraphs: z.optional(z.array(z.object({ start: offset, end: offset, code, confidence }))),
  }),
  metrics: MetricsSchema,
  /** 0–100, higher is plainer. */
  score: z.int().check(z.gte(0), z.lte(100)),
  audience: z.object({
    id: z.string(),
    fits: z.boolean(),
    misses: z.array(
      z.object({
        target: z.enum(['grade', 'sentenceLength', 'longWordShare', 'passiveShare', 'jargonPer100Words']),
        limit: z.number(),
        actual: z.number(),
        by: z.number(),
      }),
    ),
    advice: z.string(),
  }),
  findings: z.array(FindingSchema),
});

/** The result of `analyze`. */
export type Report = z.infer<typeof ReportSchema>;
/** The metrics of a report. */
export type Metrics = z.infer<typeof MetricsSchema>;
