// Speed benchmarks: full analysis (metrics + every rule) on 1 MB per language, beside the retext pipeline
// and text-readability on the same English text; a 2,000-word draft re-analysed; growth with input size.
import { retext } from 'retext';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import rs from 'text-readability';
import { analyze } from '../plain/index.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { withoutKazakhLetters } from '../plain/languages/kk/detection.ts';
import { ntrexPassages, oneStopArticles } from './lib/corpora.ts';
import { printTable } from './lib/table.ts';

const MEGABYTE = 1_000_000;

function repeatTo(text: string, length: number): string {
  let out = text;
  while (out.length < length) out += `\n\n${text}`;
  return out.slice(0, out.lastIndexOf('\n\n', length) > 0 ? out.lastIndexOf('\n\n', length) : length);
}

/** The text's opening paragraphs up to `words` words, cut at the end of a word. */
function draftOf(text: string, words: number): string {
  const cut = [...text.matchAll(/\S+/gu)][words - 1];
  return cut?.index === undefined ? text : text.slice(0, cut.index + cut[0].length);
}

function sources(): Record<LanguageCode, string> {
  const passages = ntrexPassages();
  return {
    en: oneStopArticles()
      .flatMap((a) => [a.texts.adv, a.texts.int, a.texts.ele])
      .join('\n\n'),
    ru: passages.map((p) => p.ru).join('\n\n'),
    kk: passages.map((p) => p.kk).join('\n\n'),
  };
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function speedBenchmarks(): Promise<void> {
  const texts = sources();
  const rows: (string | number)[][] = [];
  for (const code of ['en', 'ru', 'kk'] as const) {
    const text = repeatTo(texts[code], MEGABYTE);
    analyze(text.slice(0, 200_000), { language: code }); // warm up the JIT and the rule indexes
    let words = 0;
    // Median of three runs for every tool: one run on a 2-core machine is at the mercy of GC and the JIT.
    const ms = median(
      Array.from({ length: 3 }, () =>
        time(() => {
          words = analyze(text, { language: code }).metrics.words;
        }),
      ),
    );
    const perSecond = words / (ms / 1000);
    rows.push([
      `Heard analyze (${code}, all rules)`,
      words,
      ms.toFixed(0),
      Math.round(perSecond).toLocaleString('en'),
    ]);
  }
  const english = repeatTo(texts.en, MEGABYTE);
  const words = analyze(english, { language: 'en' }).metrics.words;
  const pipeline = retext().use(retextReadability).use(retextSimplify).use(retextPassive);
  await pipeline.process(english.slice(0, 200_000));
  // Heard and retext take turns, and the ratio is the median of each round's ratio: on a shared machine
  // whose speed drifts within seconds, tools timed one after the other would be timed on different machines.
  const heardRuns: number[] = [];
  const retextRuns: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < 5; round++) {
    const heardMs = time(() => analyze(english, { language: 'en' }));
    const start = performance.now();
    await pipeline.process(english);
    const retextRun = performance.now() - start;
    heardRuns.push(heardMs);
    retextRuns.push(retextRun);
    ratios.push(retextRun / heardMs);
  }
  const retextMs = median(retextRuns);
  rows.push([
    'retext readability + simplify + passive (en)',
    words,
    retextMs.toFixed(0),
    Math.round(words / (retextMs / 1000)).toLocaleString('en'),
  ]);
  const trMs = median(
    Array.from({ length: 3 }, () =>
      time(() => {
        rs.fleschKincaidGrade(english);
        rs.colemanLiauIndex(english);
        rs.smogIndex(english);
        rs.automatedReadabilityIndex(english);
      }),
    ),
  );
  rows.push([
    'text-readability FK + CLI + SMOG + ARI (en)',
    words,
    trMs.toFixed(0),
    Math.round(words / (trMs / 1000)).toLocaleString('en'),
  ]);
  printTable('Throughput on 1 MB of text (median of 3 runs)', ['tool', 'words', 'ms', 'words/s'], rows);
  console.log(
    `\nHeard vs the retext pipeline on English, in 5 alternating rounds: ${median(ratios).toFixed(1)}× median ` +
      `(rounds ${ratios.map((r) => `${r.toFixed(1)}×`).join(', ')}; Heard ${median(heardRuns).toFixed(0)} ms, ` +
      `retext ${retextMs.toFixed(0)} ms)`,
  );

  // A draft keeps its paragraphs (they change what the rules and the language detection do per paragraph);
  // Kazakh is also typed without its own letters, as on a keyboard without the Kazakh layout, where every
  // restored word is a finding of its own.
  const drafts: [string, LanguageCode, string][] = [
    ['en', 'en', draftOf(texts.en, 2000)],
    ['ru', 'ru', draftOf(texts.ru, 2000)],
    ['kk', 'kk', draftOf(texts.kk, 2000)],
    ['kk typed without its letters', 'kk', withoutKazakhLetters(draftOf(texts.kk, 2000))],
  ];
  const draftRows = drafts.map(([label, code, draft]) => {
    for (let i = 0; i < 5; i++) analyze(draft, { language: code });
    const times = Array.from({ length: 30 }, () => time(() => analyze(draft, { language: code })));
    return [
      label,
      analyze(draft, { language: code }).findings.length,
      median(times).toFixed(2),
      Math.max(...times).toFixed(2),
    ];
  });
  printTable(
    'A 2,000-word draft re-analysed (30 runs)',
    ['draft', 'findings', 'median ms', 'max ms'],
    draftRows,
  );

  // News has quotation marks in most paragraphs; a text without any is where a search for the next mark that
  // runs past its paragraph would make the time grow with the square of the input.
  const growthTexts: [string, string][] = [
    ['news', texts.ru],
    ['without quotation marks', texts.ru.replace(/["“”„«»'‘’]/gu, '')],
  ];
  const growth = growthTexts.flatMap(([label, source]) =>
    [10_000, 100_000, MEGABYTE].map((size) => {
      const text = repeatTo(source, size);
      const ms = median(
        Array.from({ length: size < MEGABYTE ? 5 : 2 }, () => time(() => analyze(text, { language: 'ru' }))),
      );
      return [
        label,
        `${(size / 1000).toLocaleString('en')} KB`,
        ms.toFixed(1),
        ((ms / text.length) * 1000).toFixed(3),
      ];
    }),
  );
  printTable(
    'Growth with input size (Russian, all rules)',
    ['text', 'input', 'ms', 'ms per 1,000 characters'],
    growth,
  );
}
