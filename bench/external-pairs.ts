// An outside check of the grade on graded corpora it was never calibrated on: pairs of the same content at two
// levels, where the harder version should get the higher grade. Neither corpus is in the repository, and
// they are read from clones you make yourself:
//   RuAdapt (MIT; Dmitrieva et al. 2021): git clone https://github.com/Digital-Pushkin-Lab/RuAdapt
//     encyclopedic entries adapted for learners of Russian at levels A, B and C, and adapted fairy tales.
//   KazSim (CC BY-NC 4.0; test set): git clone https://github.com/a-toleu/KazSim
//     Kazakh sentences from literature and their simplified versions.
//   CommonLit Readability Prize train.csv (Kaggle; 2,834 English excerpts for grades 3–12, each with an
//     easiness from teachers' pairwise judgements): the grade's correlation with how hard teachers found them.
// Run: npx tsx bench/external-pairs.ts --ruadapt DIR --kazsim DIR --commonlit FILE   (any may be left out)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../plain/index.ts';
import {
  automatedReadabilityIndex,
  colemanLiau,
  daleChall,
  fleschKincaidGrade,
  obornevaGrade,
  plainRussianColemanLiau,
  plainRussianSmog,
  smogGrade,
} from '../plain/internal/formulas.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { csvRecords } from './lib/csv-read.ts';
import { correlation, countsOf } from './lib/features.ts';
import { pct, printTable } from './lib/table.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

interface PairSet {
  name: string;
  language: LanguageCode;
  pairs: { harder: string; easier: string }[];
}

/** Pairs from one CSV file: the harder text's column, the easier one's; identical or empty pairs left out. */
function pairsFrom(path: string, harder: string, easier: string) {
  return csvRecords(readFileSync(path, 'utf8'))
    .map((r) => ({ harder: (r[harder] ?? '').trim(), easier: (r[easier] ?? '').trim() }))
    .filter((p) => p.harder && p.easier && p.harder !== p.easier);
}

function pairSets(): PairSet[] {
  const sets: PairSet[] = [];
  const ruadapt = option('--ruadapt');
  if (ruadapt) {
    const files: [string, string][] = [
      ['encyclopedic C → A, paragraphs', 'Encyclopedic/lsslovar_C_to_A_par.csv'],
      ['encyclopedic B → A, paragraphs', 'Encyclopedic/lsslovar_B_to_A_par.csv'],
      ['encyclopedic C → B, paragraphs', 'Encyclopedic/lsslovar_C_to_B_par.csv'],
      ['encyclopedic C → B, sentences', 'Encyclopedic/lsslovar_C_to_B_sent.csv'],
      ['fairy tales, paragraphs', 'Fairytales/df_fairytales_par.csv'],
    ];
    for (const [name, file] of files) {
      const path = join(ruadapt, file);
      if (existsSync(path))
        sets.push({ name: `RuAdapt ${name}`, language: 'ru', pairs: pairsFrom(path, 'source', 'target') });
    }
  }
  const kazsim = option('--kazsim');
  if (kazsim) {
    const path = join(kazsim, 'test_kazComSim_sentences_500.csv');
    if (existsSync(path))
      sets.push({
        name: 'KazSim test, sentences',
        language: 'kk',
        pairs: pairsFrom(path, 'Complex Sentence', 'Simple Sentence'),
      });
  }
  return sets;
}

/** The scorers compared (the Russian adaptations of the classic formulas for Russian): a tie counts half. */
const scorers: [string, (text: string, language: LanguageCode) => number][] = [
  ['Heard grade', (text, language) => analyze(text, { language }).metrics.grade],
  [
    'Flesch–Kincaid',
    (text, language) =>
      language === 'ru'
        ? obornevaGrade(countsOf(text, language))
        : fleschKincaidGrade(countsOf(text, language)),
  ],
  [
    'Coleman–Liau',
    (text, language) => (language === 'ru' ? plainRussianColemanLiau : colemanLiau)(countsOf(text, language)),
  ],
  ['SMOG', (text, language) => (language === 'ru' ? plainRussianSmog : smogGrade)(countsOf(text, language))],
  [
    'words per sentence',
    (text, language) => {
      const c = countsOf(text, language);
      return c.words / Math.max(1, c.sentences);
    },
  ],
];

/** Ranks of the values (0 = smallest), for Spearman's correlation. */
function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(values.length);
  order.forEach(([, i], rank) => {
    result[i] = rank;
  });
  return result;
}

/** Correlations of each scorer with the teachers' judged difficulty of the CommonLit excerpts. */
function commonLitTable(path: string): void {
  const excerpts = csvRecords(readFileSync(path, 'utf8')).filter((r) => r.excerpt && r.target);
  // The target is easiness: higher is easier.
  const difficulty = excerpts.map((r) => -Number(r.target));
  const formulas: [string, (text: string) => number][] = [
    ...scorers.map(([name, score]): [string, (text: string) => number] => [name, (t) => score(t, 'en')]),
    ['Dale–Chall', (text) => daleChall(countsOf(text, 'en'))],
    ['ARI', (text) => automatedReadabilityIndex(countsOf(text, 'en'))],
  ];
  const rows = formulas.map(([name, score]) => {
    const scores = excerpts.map((r) => score(r.excerpt ?? ''));
    return [
      name,
      correlation(scores, difficulty).toFixed(3),
      correlation(ranks(scores), ranks(difficulty)).toFixed(3),
    ];
  });
  printTable(
    `Correlation with teachers' judged difficulty (CommonLit, ${excerpts.length} excerpts)`,
    ['score', 'Pearson r', 'Spearman ρ'],
    rows,
  );
}

const sets = pairSets();
const commonLit = option('--commonlit');
if (!sets.length && !(commonLit && existsSync(commonLit))) {
  console.log(
    'No corpus found: pass --ruadapt DIR, --kazsim DIR or --commonlit FILE (see the top of this file).',
  );
  process.exit(0);
}
if (commonLit && existsSync(commonLit)) commonLitTable(commonLit);
if (!sets.length) process.exit(0);
const rows = sets.map(({ name, language, pairs }) => [
  name,
  pairs.length,
  ...scorers.map(([, score]) => {
    let right = 0;
    for (const { harder, easier } of pairs) {
      const a = score(harder, language);
      const b = score(easier, language);
      right += a > b ? 1 : a === b ? 0.5 : 0;
    }
    return pct(right / pairs.length);
  }),
]);
printTable(
  'Harder version graded higher (outside corpora)',
  ['pairs', 'n', ...scorers.map(([name]) => name)],
  rows,
);
