/**
 * The engine for bundles that load only the languages they need (the widget's reading-level badge loads the
 * page's language): `createAnalyzer({ ru: russianPack })` from `plain/languages/ru/pack.ts`. Everything else
 * should use `analyze` from `plain/index.ts`, which has all three.
 */
export { type Analyze, createAnalyzer, type LanguagePacks } from './internal/analyze.ts';
export type { LanguagePack } from './languages/pack.ts';
