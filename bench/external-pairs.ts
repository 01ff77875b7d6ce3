// An outside check of the grade on graded corpora it was never calibrated on: pairs of the same content at two
// levels, where the harder version should get the higher grade. Neither corpus is in the repository, and
// they are read from clones you make yourself:
//   RuAdapt (MIT; Dmitrieva et al. 2021): git clone https://github.com/Digital-Pushkin-Lab/RuAdapt
//     encyclopedic entries adapted for learners of Russian at levels A, B and C, and adapted fairy tales.
//   KazSim (CC BY-NC 4.0; test set): git clone https://github.com/a-toleu/KazSim
//     Kazakh sentences from literature and their simplified versions.
//   CommonLit Readability Prize train.csv (Kaggle; 2,834 English excerpts for grades 3–12, each with an
//     easiness from teachers' pairwise judgements): the grade's correlation with how hard teachers found them.
//   Tatoeba Challenge test sets (CC BY 2.0 FR; Tiedemann 2020): eng-kaz, kaz-rus and eng-rus test.txt from
//     https://github.com/Helsinki-NLP/Tatoeba-Challenge (data/test/…), saved as eng-kaz.txt, kaz-rus.txt and
//     eng-rus.txt in one folder (any subset; eng-rus is large, and a slice of it will do): sentences with their translations, from phrasebook lines and proverbs to news and the
//     Constitution, a second check of the cross-language link besides NTREX news.
//   RuSimpleSentEval dev set (Dialogue Evaluation 2021; crowdsourced): dev_sents.csv from
//     https://github.com/dialogue-evaluation/RuSimpleSentEval: Russian Wikipedia sentences, each with several
//     people's simplifications.
//   ASSET test set (Alva-Manchego et al. 2020; CC BY-NC 4.0): 359 English Wikipedia sentences, each with ten
//     crowd simplifications, from https://github.com/facebookresearch/asset (the dataset folder).
//   Cambridge Readability Dataset (Xia, Kochmar and Briscoe 2016; for research): 282 reading texts from
//     Cambridge English exams at five levels, KET (A2) < PET (B1) < FCE (B2) < CAE (C1) < CPE (C2), one folder
//     per level of .txt files (as in github.com/trangnnp/Readability-Classification-W122019-Y121059,
//     dataset/cambridge).
//   Russian primary-school reading texts (sadov-m/readability on GitHub, no licence stated, read from a
//     clone): the dataset folder's 2_class, 3_class and 4_class, 135 informational texts for the second to
//     fourth school years.
// Run: npx tsx bench/external-pairs.ts --ruadapt DIR --kazsim DIR --rsse FILE --asset DIR --commonlit FILE
//   --tatoeba DIR --cambridge DIR --ru-school DIR
//   (any may be left out)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const rsse = option('--rsse');
  if (rsse && existsSync(rsse))
    sets.push({
      name: 'RuSimpleSentEval dev, sentences',
      language: 'ru',
      pairs: pairsFrom(rsse, 'INPUT:source', 'OUTPUT:output'),
    });
  const asset = option('--asset');
  const original = asset ? join(asset, 'asset.test.orig') : '';
  if (asset && existsSync(original)) {
    const sources = readFileSync(original, 'utf8').split('\n');
    const pairs = Array.from({ length: 10 }, (_, i) => join(asset, `asset.test.simp.${i}`))
      .filter((path) => existsSync(path))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((easier, line) => ({ harder: (sources[line] ?? '').trim(), easier: easier.trim() })),
      )
      .filter((p) => p.harder && p.easier && p.harder !== p.easier);
    sets.push({ name: 'ASSET test, sentences', language: 'en', pairs });
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

/** The scorers on English text, with the two classic formulas only English has. */
const englishScorers: [string, (text: string) => number][] = [
  ...scorers.map(([name, score]): [string, (text: string) => number] => [name, (t) => score(t, 'en')]),
  ['Dale–Chall', (text) => daleChall(countsOf(text, 'en'))],
  ['ARI', (text) => automatedReadabilityIndex(countsOf(text, 'en'))],
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
  const rows = englishScorers.map(([name, score]) => {
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

/** A sentence and its translation: `first` in the pair's first language (kk, or ru against en). */
interface Translation {
  first: string;
  other: string;
}

/** The translations of a Tatoeba test file, the `first` language's sentence first whichever column it is in. */
function translationsFrom(path: string, first: string): Translation[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length === 4)
    .map(([from, , a = '', b = '']) =>
      from?.startsWith(first) ? { first: a, other: b } : { first: b, other: a },
    )
    .filter((t) => t.first.trim() && t.other.trim());
}

/**
 * Passages of consecutive translations, 80 or more words of the other language, as NTREX's are: the files are
 * sorted alphabetically, so a passage mixes topics, but single sentences are too short to grade steadily.
 */
function passagesOf(translations: Translation[]): Translation[] {
  const passages: Translation[] = [];
  let first: string[] = [];
  let other: string[] = [];
  let words = 0;
  for (const t of translations) {
    first.push(t.first);
    other.push(t.other);
    words += t.other.split(/\s+/u).length;
    if (words >= 80) {
      passages.push({ first: first.join(' '), other: other.join(' ') });
      first = [];
      other = [];
      words = 0;
    }
  }
  return passages;
}

const mean = (values: number[]) =>
  (values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(1);

// The Tatoeba files read, the language whose grade comes first in the gap, and the other one.
const TATOEBA_FILES = [
  ['eng-kaz.txt', 'kaz', 'kk', 'en'],
  ['kaz-rus.txt', 'kaz', 'kk', 'ru'],
  ['eng-rus.txt', 'rus', 'ru', 'en'],
] as const;

/** The gap between the grades of the same content in two languages (see the top). */
function tatoebaTable(dir: string): void {
  const rows: (string | number)[][] = [];
  for (const [file, code, language, otherLanguage] of TATOEBA_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const translations = translationsFrom(path, code);
    for (const [unit, items] of [
      ['sentences', translations],
      ['passages', passagesOf(translations)],
    ] as const) {
      for (const [measure, grade] of [
        [
          'Heard grade',
          (text: string, code: LanguageCode) => analyze(text, { language: code }).metrics.grade,
        ],
        [
          'naive Flesch–Kincaid',
          (text: string, code: LanguageCode) => fleschKincaidGrade(countsOf(text, code)),
        ],
      ] as const) {
        const pairs = items.map((t) => ({
          first: grade(t.first, language),
          other: grade(t.other, otherLanguage),
        }));
        // By thirds of the other language's grade: whether the link holds for easy and hard texts alike.
        const sorted = [...pairs].sort((a, b) => a.other - b.other);
        const third = Math.ceil(sorted.length / 3);
        const signed = (part: typeof pairs) =>
          (part.reduce((sum, p) => sum + p.first - p.other, 0) / Math.max(1, part.length)).toFixed(2);
        rows.push([
          `${language}–${otherLanguage}, ${unit}`,
          measure,
          items.length,
          (pairs.reduce((sum, p) => sum + Math.abs(p.first - p.other), 0) / pairs.length).toFixed(2),
          signed(pairs),
          [0, 1, 2].map((i) => signed(sorted.slice(i * third, (i + 1) * third))).join(' / '),
          correlation(
            pairs.map((p) => p.first),
            pairs.map((p) => p.other),
          ).toFixed(2),
          `${mean(pairs.map((p) => p.first))} / ${mean(pairs.map((p) => p.other))}`,
        ]);
      }
    }
  }
  printTable(
    'Same content, two languages (Tatoeba test sets): grade gap, first language minus the other',
    [
      'pairs',
      'measure',
      'n',
      'mean absolute gap',
      'mean gap',
      'mean gap by thirds (easy / mid / hard)',
      'r',
      'mean grade first / other',
    ],
    rows,
  );
}

const CAMBRIDGE_LEVELS = ['KET', 'PET', 'FCE', 'CAE', 'CPE'] as const;

/** A text and the rank of its level (0 = easiest). */
interface LevelledText {
  rank: number;
  text: string;
}

/**
 * How well each score orders texts by level: Spearman's correlation with the level, and the share of pairs
 * of texts from different levels whose higher-level text scores higher (a tie counts half).
 */
function levelTable(
  title: string,
  levelNames: readonly string[],
  texts: LevelledText[],
  levelScorers: [string, (text: string) => number][],
): void {
  if (!texts.length) return;
  const levels = texts.map((t) => t.rank);
  const rows = levelScorers.map(([name, score]) => {
    const scores = texts.map((t) => score(t.text));
    let right = 0;
    let pairs = 0;
    for (let i = 0; i < texts.length; i++)
      for (let j = 0; j < texts.length; j++) {
        const a = levels[i] ?? 0;
        const b = levels[j] ?? 0;
        if (a <= b) continue;
        const x = scores[i] ?? 0;
        const y = scores[j] ?? 0;
        right += x > y ? 1 : x === y ? 0.5 : 0;
        pairs++;
      }
    const byLevel = levelNames
      .map((_, rank) => mean(scores.filter((_, i) => levels[i] === rank)))
      .join(' / ');
    return [name, correlation(ranks(scores), ranks(levels)).toFixed(3), pct(right / pairs), byLevel];
  });
  printTable(
    `${title} (${texts.length} texts, ${levelNames.join(' < ')})`,
    ['score', 'Spearman ρ with level', 'pairs across levels ordered', 'mean score by level'],
    rows,
  );
}

/** The Cambridge exam texts, one folder of .txt files per level. */
function cambridgeTexts(dir: string): LevelledText[] {
  return CAMBRIDGE_LEVELS.flatMap((level, rank) => {
    const folder = join(dir, level);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ rank, text: readFileSync(join(folder, file), 'utf8') }));
  });
}

const SCHOOL_CLASSES = ['2', '3', '4'] as const;

/** The Russian primary-school texts: folders 2_class, 3_class, 4_class of .txt files. */
function russianSchoolTexts(dir: string): LevelledText[] {
  return SCHOOL_CLASSES.flatMap((grade, rank) => {
    const folder = join(dir, `${grade}_class`);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ rank, text: readFileSync(join(folder, file), 'utf8') }));
  });
}

const sets = pairSets();
const commonLit = option('--commonlit');
const tatoeba = option('--tatoeba');
const cambridge = option('--cambridge');
const ruSchool = option('--ru-school');
const given = [commonLit, tatoeba, cambridge, ruSchool].some((path) => path && existsSync(path));
if (!sets.length && !given) {
  console.log(
    'No corpus found: pass --ruadapt DIR, --kazsim DIR, --rsse FILE, --asset DIR, --commonlit FILE, --tatoeba DIR, --cambridge DIR or --ru-school DIR (see the top of this file).',
  );
  process.exit(0);
}
if (commonLit && existsSync(commonLit)) commonLitTable(commonLit);
if (tatoeba && existsSync(tatoeba)) tatoebaTable(tatoeba);
if (cambridge && existsSync(cambridge))
  levelTable(
    'Cambridge English exam texts by level',
    CAMBRIDGE_LEVELS,
    cambridgeTexts(cambridge),
    englishScorers,
  );
if (ruSchool && existsSync(ruSchool))
  levelTable(
    'Russian primary-school reading texts by class',
    SCHOOL_CLASSES,
    russianSchoolTexts(ruSchool),
    scorers.map(([name, score]) => [name, (text: string) => score(text, 'ru')]),
  );
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
