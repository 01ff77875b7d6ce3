// Loaded only when a page asks for the reading-level badge. It brings the engine and the one language pack
// the page is written in (each pack is its own chunk: word lists and rule packs are most of the weight).
//
// Loading a pack and the first analysis take a few hundred milliseconds of script on a fast machine and
// seconds on the phones many citizens use, so they run in a Web Worker: this module is its own worker (it
// answers measurements when it finds itself in one). Only reading the page's text stays on the main thread.
// Where the page cannot start a worker, the page's thread measures instead.

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

/** What the page sends its worker, and what the worker answers. */
interface MeasureRequest {
  text: string;
  language: WidgetLanguage;
}
type MeasureReply = { readability: PageReadability } | { error: string };

/** The part of a dedicated worker's global scope this module uses (the DOM typings lack worker scopes). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MeasureRequest>) => void): void;
  postMessage(message: MeasureReply): void;
}

/** Analyses a text in the given language, in whichever thread calls it. */
export async function measureText(text: string, language: WidgetLanguage): Promise<PageReadability> {
  const analyze = createAnalyzer({ [language]: await PACKS[language]() });
  const report = analyze(text, { language });
  return {
    language: report.language.code,
    grade: Math.min(20, Math.round(report.metrics.grade * 10) / 10),
    score: report.score,
    words: report.metrics.words,
    averageSentenceLength: report.metrics.averageSentenceLength,
  };
}

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

/**
 * Starts this module as a worker. A worker's script must have the page's origin: served from the page's
 * own origin, this module's file is the worker; served from a CDN, a one-line module of the page's origin
 * (a blob: URL, which the page's `worker-src` must allow) imports it. Module scripts from another origin are
 * fetched with CORS, so a CDN that can serve the widget can serve its worker.
 */
function startWorker(): Worker {
  const moduleUrl = import.meta.url;
  if (new URL(moduleUrl).origin === location.origin) return new Worker(moduleUrl, { type: 'module' });
  const loader = new Blob([`import ${JSON.stringify(moduleUrl)};`], { type: 'text/javascript' });
  const url = URL.createObjectURL(loader);
  try {
    return new Worker(url, { type: 'module' });
  } finally {
    // The worker has its URL; revoking it only stops others from starting the same blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Measures the text in a worker that ends when it has answered; rejects if no worker could. */
function measureInWorker(request: MeasureRequest): Promise<PageReadability> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const settle = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.addEventListener('message', (event: MessageEvent<MeasureReply>) => {
      const reply = event.data;
      if ('readability' in reply) settle(() => resolve(reply.readability));
      else settle(() => reject(new Error(`the reading-level worker failed: ${reply.error}`)));
    });
    // A blocked or failed start (policy, network) and an unreadable answer arrive as these events.
    worker.addEventListener('error', () =>
      settle(() => reject(new Error('the reading-level worker did not start'))),
    );
    worker.addEventListener('messageerror', () =>
      settle(() => reject(new Error('unreadable worker answer'))),
    );
    worker.postMessage(request);
  });
}

/** Measures the page's main content in the page's language, off the main thread where the page allows it. */
export async function measurePage(language: WidgetLanguage): Promise<PageReadability> {
  const text = mainText();
  try {
    return await measureInWorker({ text, language });
  } catch {
    return measureText(text, language);
  }
}

/** In a worker started by `startWorker`: answer each request with the text's measurements. */
function serveMeasurements(scope: WorkerScope): void {
  scope.addEventListener('message', (event: MessageEvent<MeasureRequest>) => {
    const { text, language } = event.data;
    measureText(text, language).then(
      (readability) => scope.postMessage({ readability }),
      (error: unknown) => scope.postMessage({ error: String(error) }),
    );
  });
}

// Workers have no document; the page, Node (tests) and other realms without `importScripts` are not workers.
if (typeof document === 'undefined' && typeof importScripts === 'function') {
  serveMeasurements(globalThis as unknown as WorkerScope);
}
