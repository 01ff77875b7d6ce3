// Loaded only when a page asks for the reading-level badge. It brings the engine and the one language pack
// the page is written in (each pack is its own chunk: word lists and rule packs are most of the weight).

import type * as z from 'zod/mini';
import type { PageReadabilitySchema } from '../../contract/feedback.ts';
import { createAnalyzer, type LanguagePack } from '../../plain/analyzer.ts';
import type { WidgetLanguage } from '../translations/index.ts';

/** The engine's measurements of the page, in the form the contract sends with feedback. */
export type PageReadability = z.infer<typeof PageReadabilitySchema>;

const PACKS: Record<WidgetLanguage, () => Promise<LanguagePack>> = {
  en: () => import('../../plain/languages/en/pack.ts').then((m) => m.englishPack),
  ru: () => import('../../plain/languages/ru/pack.ts').then((m) => m.russianPack),
  kk: () => import('../../plain/languages/kk/pack.ts').then((m) => m.kazakhPack),
};

/** The page's main content as text: `<main>`, else the body, without the widget itself. */
function mainText(): string {
  const root = document.querySelector('main') ?? document.body;
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('heard-feedback, script, style, nav, noscript')) el.remove();
  // innerText needs layout; textContent of block elements loses line breaks, so add them back.
  for (const el of copy.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, tr, blockquote, div'))
    el.append('\n\n');
  return copy.textContent ?? '';
}

/** Analyses the page's main content in the page's language. */
export async function measurePage(language: WidgetLanguage): Promise<PageReadability> {
  const analyze = createAnalyzer({ [language]: await PACKS[language]() });
  const report = analyze(mainText(), { language });
  return {
    language: report.language.code,
    grade: Math.min(20, Math.round(report.metrics.grade * 10) / 10),
    score: report.score,
    words: report.metrics.words,
    averageSentenceLength: report.metrics.averageSentenceLength,
  };
}
