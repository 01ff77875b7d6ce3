// Quality benchmarks: ordering OneStopEnglish texts and sentences by difficulty, agreement of grades across
// kk/ru/en on NTREX-128 parallel passages, and language detection on single sentences.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rs from 'text-readability';
import { analyze } from '../plain/index.ts';
import { detectLanguage } from '../plain/internal/detect.ts';
import {
  automatedReadabilityIndex,
  colemanLiau,
  fleschKincaidGrade,
  smogGrade,
} from '../plain/internal/formulas.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { withoutKazakhLetters } from '../plain/languages/kk/detection.ts';
import { cyrillicToLatin } from '../plain/languages/kk/latin.ts';
import { CORPORA_DIR, LEVELS, ntrexPassages, oneStopArticles, oneStopSentencePairs } from './lib/corpora.ts';
import { countsOf } from './lib/features.ts';
import { withoutLatinMarks } from './lib/latin-marks.ts';
import { pct, printTable } from './lib/table.ts';
import { TURKISH_SENTENCES } from './lib/turkish-sentences.ts';

type Scorer = (text: string) => number;

const scorers: Record<string, Scorer> = {
  'Heard grade': (t) => analyze(t, { language: 'en' }).metrics.grade,
  'Flesch–Kincaid (Heard counts)': (t) => fleschKincaidGrade(countsOf(t, 'en')),
  'Coleman–Liau (Heard counts)': (t) => colemanLiau(countsOf(t, 'en')),
  'ARI (Heard counts)': (t) => automatedReadabilityIndex(countsOf(t, 'en')),
  'SMOG (Heard counts)': (t) => smogGrade(countsOf(t, 'en')),
  'text-readability FK': (t) => rs.fleschKincaidGrade(t),
  'text-readability Coleman–Liau': (t) => rs.colemanLiauIndex(t),
};

/** Share of pairs whose harder member scores strictly higher (ties count as wrong). */

function ordered(pairs: [string, string][], score: Scorer): number {
  let right = 0;
  for (const [easier, harder] of pairs) if (score(harder) > score(easier)) right++;
  return right / pairs.length;
}

export function qualityBenchmarks(): void {
  console.log(`Corpora: ${CORPORA_DIR}`);
  const articles = oneStopArticles();
  const articlePairs: [string, string][] = articles.flatMap(({ texts }) => [
    [texts.ele, texts.int],
    [texts.int, texts.adv],
    [texts.ele, texts.adv],
  ]);
  const sentencePairs: [string, string][] = oneStopSentencePairs().map((p) => [p.easier, p.harder]);
  printTable(
    `OneStopEnglish: pairs ordered by difficulty (${articles.length} articles × ${LEVELS.length} levels; ${sentencePairs.length} aligned sentence pairs)`,
    ['measure', 'article pairs', 'sentence pairs'],
    Object.entries(scorers).map(([name, score]) => [
      name,
      pct(ordered(articlePairs, score)),
      pct(ordered(sentencePairs, score)),
    ]),
  );

  const passages = ntrexPassages();
  const grades = passages.map((p) => ({
    en: analyze(p.en, { language: 'en' }).metrics.grade,
    ru: analyze(p.ru, { language: 'ru' }).metrics.grade,
    kk: analyze(p.kk, { language: 'kk' }).metrics.grade,
  }));
  const gap = (rows: Record<LanguageCode, number>[], a: LanguageCode, b: LanguageCode) =>
    (rows.reduce((sum, r) => sum + Math.abs(r[a] - r[b]), 0) / rows.length).toFixed(2);
  const mean = (rows: Record<LanguageCode, number>[], a: LanguageCode) =>
    (rows.reduce((s, r) => s + r[a], 0) / rows.length).toFixed(1);
  // The same Kazakh passages written another way, graded against their Cyrillic originals.
  const kazakhVariant = (label: string, write: (text: string) => string) => {
    const rows = passages.map((p, i) => ({
      ...(grades[i] as Record<LanguageCode, number>),
      kk: analyze(write(p.kk), { language: 'kk' }).metrics.grade,
    }));
    const moved = rows.reduce((sum, r, i) => sum + Math.abs(r.kk - (grades[i]?.kk ?? 0)), 0) / rows.length;
    return { rows, summary: `${label} ${mean(rows, 'kk')}, differs from Cyrillic by ${moved.toFixed(2)}` };
  };
  const latin = kazakhVariant('kk Latin', cyrillicToLatin);
  const plainTyped = kazakhVariant('kk without its letters', withoutKazakhLetters);
  const unmarked = kazakhVariant('kk Latin without marks', (text) =>
    withoutLatinMarks(cyrillicToLatin(text)),
  );
  // The naive baseline the issue describes: English Flesch–Kincaid on vowel-counted syllables.
  const naive = passages.map((p) => ({
    en: fleschKincaidGrade(countsOf(p.en, 'en')),
    ru: fleschKincaidGrade(countsOf(p.ru, 'ru')),
    kk: fleschKincaidGrade(countsOf(p.kk, 'kk')),
  }));
  printTable(
    `NTREX-128: mean absolute grade gap on the same passage (${passages.length} passages of 80–250 words)`,
    ['measure', 'kk–en', 'ru–en', 'kk–ru', 'mean grade en / ru / kk'],
    [
      [
        'Heard grade',
        gap(grades, 'kk', 'en'),
        gap(grades, 'ru', 'en'),
        gap(grades, 'kk', 'ru'),
        `${mean(grades, 'en')} / ${mean(grades, 'ru')} / ${mean(grades, 'kk')}`,
      ],
      ...[
        ['Heard grade, kk in Latin script', latin] as const,
        ['Heard grade, kk without Kazakh letters', plainTyped] as const,
        ['Heard grade, kk in Latin without marks', unmarked] as const,
      ].map(([label, variant]) => [
        label,
        gap(variant.rows, 'kk', 'en'),
        '',
        gap(variant.rows, 'kk', 'ru'),
        variant.summary,
      ]),
      [
        'naive Flesch–Kincaid',
        gap(naive, 'kk', 'en'),
        gap(naive, 'ru', 'en'),
        gap(naive, 'kk', 'ru'),
        `${mean(naive, 'en')} / ${mean(naive, 'ru')} / ${mean(naive, 'kk')}`,
      ],
    ],
  );

  const dir = join(CORPORA_DIR, 'ntrex-kk-ru-en');
  const sentences: Record<LanguageCode, string[]> = {
    en: readFileSync(join(dir, 'newstest2019-src.eng.txt'), 'utf8').split('\n').filter(Boolean),
    ru: readFileSync(join(dir, 'newstest2019-ref.rus.txt'), 'utf8').split('\n').filter(Boolean),
    kk: readFileSync(join(dir, 'newstest2019-ref.kaz.txt'), 'utf8').split('\n').filter(Boolean),
  };
  // Kazakh in the 2021 Latin alphabet: the same sentences, transliterated.
  const sets: [string, LanguageCode, string[]][] = [
    ...(Object.keys(sentences) as LanguageCode[]).map((code): [string, LanguageCode, string[]] => [
      code,
      code,
      sentences[code],
    ]),
    ['kk, Latin script', 'kk', sentences.kk.map(cyrillicToLatin)],
    // As typed on a Russian keyboard: each Kazakh letter replaced by its Russian look-alike (қ → к, і → и).
    ['kk, without Kazakh letters', 'kk', sentences.kk.map(withoutKazakhLetters)],
    // In Latin typed on an English layout: ä → a, ş → s, ı → i.
    ['kk, Latin without marks', 'kk', sentences.kk.map((line) => withoutLatinMarks(cyrillicToLatin(line)))],
  ];
  const detection = sets.map(([label, code, lines]) => {
    const right = lines.filter((line) => detectLanguage(line).code === code).length;
    const short = lines.filter((line) => line.split(/\s+/).length <= 8);
    const shortRight = short.filter((line) => detectLanguage(line).code === code).length;
    return [
      label,
      lines.length,
      pct(right / lines.length),
      `${pct(shortRight / Math.max(1, short.length))} of ${short.length}`,
    ];
  });
  printTable(
    'Language detection on single NTREX-128 sentences',
    ['language', 'sentences', 'correct', 'correct, ≤ 8 words'],
    detection,
  );
  const takenForKazakh = TURKISH_SENTENCES.filter((line) => detectLanguage(line).code === 'kk').length;
  printTable(
    'Turkish sentences (bench/lib/turkish-sentences.ts) taken for Latin Kazakh',
    ['sentences', 'taken for Kazakh'],
    [[TURKISH_SENTENCES.length, takenForKazakh]],
  );
}
