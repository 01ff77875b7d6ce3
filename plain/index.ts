/**
 * Heard's plain-language engine for Kazakh, Russian and English: pure, synchronous and deterministic, with
 * no DOM and no I/O, so the same code runs in Node, the browser, a Web Worker and the extension.
 */
import { createAnalyzer } from './internal/analyze.ts';
import { LANGUAGES } from './languages/registry.ts';

/**
 * Analyses a text for plain language: language, readability metrics and grade, audience fit and findings
 * with offsets into `text`. Pure and deterministic; throws `InvalidOptionError` for a bad option.
 */
export const analyze = createAnalyzer(LANGUAGES);
export {
  AUDIENCES,
  type AudienceId,
  type AudienceProfile,
  AudienceProfileSchema,
} from './internal/audiences.ts';
export { detectLanguage } from './internal/detect.ts';
export type { Finding } from './internal/finding.ts';
export {
  type AnalyzeOptions,
  type Glossary,
  GlossarySchema,
  InvalidOptionError,
  OptionsSchema,
} from './internal/options.ts';
export {
  FindingSchema,
  type Metrics,
  MetricsSchema,
  type Report,
  ReportSchema,
} from './internal/report-schema.ts';
export type { LanguageCode, Rule, Severity } from './internal/rules/types.ts';
export { LANGUAGES };
