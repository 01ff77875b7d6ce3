// Loaded only when a page asks for the reading-level badge: it brings the whole plain-language engine.

import type * as z from 'zod/mini';
import type { PageReadabilitySchema } from '../../contract/feedback.ts';
import { analyze } from '../../plain/index.ts';

/** The engine's measurements of the page, in the form the contract sends with feedback. */
export type PageReadability = z.infer<typeof PageReadabilitySchema>;

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

/** Analyses the page's main content. */
export function measurePage(): PageReadability {
  const report = analyze(mainText());
  return {
    language: report.language.code,
    grade: Math.min(20, Math.round(report.metrics.grade * 10) / 10),
    score: report.score,
    words: report.metrics.words,
    averageSentenceLength: report.metrics.averageSentenceLength,
  };
}
