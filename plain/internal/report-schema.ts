import * as z from 'zod/mini';

const code = z.enum(['kk', 'ru', 'en']);

/** Zod schema of one finding. */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'suggestion']),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(z.string()),
  link: z.string(),
});

/** Zod schema of the metrics: counts, averages, the engine's grade and the published formulas. */
export const MetricsSchema = z.object({
  words: z.number(),
  sentences: z.number(),
  paragraphs: z.number(),
  syllables: z.number(),
  letters: z.number(),
  longWords: z.number(),
  polysyllables: z.number(),
  unfamiliarWords: z.number(),
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
    confidence: z.number(),
    paragraphs: z.optional(
      z.array(z.object({ start: z.number(), end: z.number(), code, confidence: z.number() })),
    ),
  }),
  metrics: MetricsSchema,
  score: z.number(),
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
