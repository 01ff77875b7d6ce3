import * as z from 'zod/mini';
import type { LanguageCode, Messages } from './rules/types.ts';

/** Targets a text must meet to fit an audience. Sentence length and long words are given for English. */
export interface AudienceTargets {
  /** Highest acceptable reading grade (the engine's `metrics.grade`). */
  grade: number;
  /** Highest acceptable average sentence length in English words (scaled for ru and kk). */
  sentenceLength: number;
  /** Highest acceptable share of long words, > 6 letters, in English (scaled for ru and kk). */
  longWordShare: number;
  /** Highest acceptable share of sentences with a passive verb. */
  passiveShare: number;
  /** Highest acceptable jargon findings per 100 words. */
  jargonPer100Words: number;
}

/** Zod schema of a custom audience profile (for JSON files and options). */
export const AudienceProfileSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.optional(z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() })),
  targets: z.strictObject({
    grade: z.number().check(z.gte(0), z.lte(20)),
    sentenceLength: z.number().check(z.gt(0), z.lte(100)),
    longWordShare: z.number().check(z.gte(0), z.lte(1)),
    passiveShare: z.number().check(z.gte(0), z.lte(1)),
    jargonPer100Words: z.number().check(z.gte(0), z.lte(100)),
  }),
});

/** A reader group and what plain means for it. */
export type AudienceProfile = z.infer<typeof AudienceProfileSchema>;

// Frozen: the built-in profiles are shared by every call (and exported), so no caller can change another's.
const profile = (id: string, name: Messages, targets: AudienceTargets): AudienceProfile =>
  Object.freeze({ id, name: Object.freeze(name), targets: Object.freeze(targets) });

/**
 * Built-in audiences. Grades follow plain-language practice: GOV.UK writes for a reading age of 9 and US
 * federal guidance for grade 8 readers; easy-read material (Inclusion Europe) aims lower still.
 */
export const AUDIENCES = Object.freeze({
  general: profile(
    'general',
    { kk: 'Барлық азаматтар', ru: 'Все граждане', en: 'Everyone' },
    { grade: 8, sentenceLength: 20, longWordShare: 0.3, passiveShare: 0.15, jargonPer100Words: 0.5 },
  ),
  'easy-read': profile(
    'easy-read',
    { kk: 'Жеңіл оқу', ru: 'Лёгкое чтение', en: 'Easy read' },
    { grade: 5, sentenceLength: 12, longWordShare: 0.2, passiveShare: 0.05, jargonPer100Words: 0 },
  ),
  youth: profile(
    'youth',
    { kk: 'Жастар', ru: 'Молодёжь', en: 'Young people' },
    { grade: 7, sentenceLength: 17, longWordShare: 0.27, passiveShare: 0.1, jargonPer100Words: 0.3 },
  ),
  business: profile(
    'business',
    { kk: 'Бизнес', ru: 'Бизнес', en: 'Business' },
    { grade: 11, sentenceLength: 24, longWordShare: 0.35, passiveShare: 0.2, jargonPer100Words: 1 },
  ),
  specialist: profile(
    'specialist',
    { kk: 'Мамандар', ru: 'Специалисты', en: 'Specialists' },
    { grade: 14, sentenceLength: 28, longWordShare: 0.4, passiveShare: 0.3, jargonPer100Words: 3 },
  ),
} as const satisfies Record<string, AudienceProfile>);

/** Ids of the built-in audiences. */
export type AudienceId = keyof typeof AUDIENCES;

/**
 * The same passage is shorter in words and longer in letters per word in Russian and Kazakh than in
 * English. Targets are written for English and scaled by these ratios, measured on the NTREX-128
 * parallel news passages (bench/calibrate-grade.ts prints them).
 */
export const LANGUAGE_SCALE: Record<LanguageCode, { sentenceLength: number; longWordShare: number }> = {
  en: { sentenceLength: 1, longWordShare: 1 },
  ru: { sentenceLength: 0.9, longWordShare: 1.71 },
  kk: { sentenceLength: 0.78, longWordShare: 1.9 },
};
