// Growth budget, run in CI: the full analysis must take time in proportion to its input. A search that runs on
// past its paragraph, or a scan that restarts at every word, makes the time grow with the square of the input
// and shows only on long texts (the unit suites and the corpus dumps stay the same). The texts are the rule
// fixtures of each language, so the check needs no corpus; each is timed as written, without quotation marks
// (where a search for the next mark runs furthest), and as one paragraph. A ratio of two times on the same
// machine is checked, not a time: 10× the input may take at most `MAX_RATIO`× the time (linear is about 10×).
import { analyze } from '../plain/index.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { FIXTURES } from '../plain/languages/fixtures.ts';
import { printTable } from './lib/table.ts';

const SMALL = 100_000;
const LARGE = 1_000_000;
const MAX_RATIO = 20;
/** Measurements of a ratio over the budget before it fails. */
const TRIES = 3;

/** `text` repeated up to `size` characters, cut at a paragraph's end so no word is split. */
function repeatTo(text: string, size: number, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    parts.push(text);
    length += text.length + separator.length;
  }
  return parts.join(separator);
}

/** The fastest of `runs` analyses, in milliseconds: the machine's slow spells only ever add time. */
function fastest(text: string, language: LanguageCode, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyze(text, { language });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const rows: (string | number)[][] = [];
const failures: string[] = [];
for (const language of ['en', 'ru', 'kk'] as const) {
  const paragraphs = FIXTURES[language].map((fixture) => fixture.text);
  const texts: [string, string, string][] = [
    ['as written', paragraphs.join('\n\n'), '\n\n'],
    ['without quotation marks', paragraphs.join('\n\n').replace(/["“”„«»'‘’]/gu, ''), '\n\n'],
    ['one paragraph', paragraphs.join(' '), ' '],
  ];
  for (const [label, text, separator] of texts) {
    const small = repeatTo(text, SMALL, separator);
    const large = repeatTo(text, LARGE, separator);
    // The first analysis compiles the entries the text meets and reads its words: not what grows.
    analyze(small, { language });
    // A machine shared with other work can slow one timing by half: a ratio over the budget is measured
    // again, up to `TRIES` times, and fails only if every try is over. Growth with the square of the input
    // (27–50× when it last happened) is over every time.
    let smallMs = 0;
    let largeMs = 0;
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < TRIES && ratio * 10 > MAX_RATIO; attempt++) {
      smallMs = fastest(small, language, 3);
      largeMs = fastest(large, language, 2);
      ratio = largeMs / smallMs / (large.length / small.length);
    }
    rows.push([language, label, smallMs.toFixed(1), largeMs.toFixed(1), (ratio * 10).toFixed(1)]);
    if (ratio * 10 > MAX_RATIO) failures.push(`${language}, ${label}: ${(ratio * 10).toFixed(1)}×`);
  }
}
printTable(
  `Growth budget: 10× the input in at most ${MAX_RATIO}× the time`,
  ['language', 'text', '100 KB ms', '1 MB ms', 'time for 10× the input'],
  rows,
);
if (failures.length > 0) {
  console.error(`growth-budget: time grows faster than the input: ${failures.join('; ')}`);
  process.exit(1);
}
