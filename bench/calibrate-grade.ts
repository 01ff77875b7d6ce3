// Calibrates the engine's grade models and writes plain/languages/grade-models.ts.
// Method (documented in plain/languages/kk/README.md):
//  1. English: the weights of lexical load, clause marks and syllables per word against sentence length are
//     chosen on a coarse grid to order the most OneStopEnglish aligned sentence pairs correctly, then
//     the scale is equated (mean and spread) to Flesch–Kincaid grades of the OneStopEnglish articles, so
//     the engine's grade reads on the familiar US school-grade scale.
//  2. Russian and Kazakh: no graded corpus is available, so each is linked to English through NTREX-128
//     parallel news passages: the weights (lexical load, syllables per word) are chosen by a grid search for
//     the highest correlation with the English grade of the same passages, then the scale is equated (mean
//     and spread) so that the same passage gets the same grade on average. Equating, unlike regression,
//     keeps the spread, so easy and hard texts are not pulled towards the news average.
// Run: npx tsx bench/calibrate-grade.ts [--write]
import { writeFileSync } from 'node:fs';
import { fleschKincaidGrade } from '../plain/internal/formulas.ts';
import type { GradeModel } from '../plain/internal/grade.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { ntrexPassages, oneStopArticles, oneStopSentencePairs } from './lib/corpora.ts';
import { correlation, countsOf, gradeFeatures, meanSd } from './lib/features.ts';

const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;

type Features = ReturnType<typeof gradeFeatures>;

/** Share of pairs whose harder member gets the higher raw score. */
function pairAccuracy(pairs: [Features, Features][], raw: (f: Features) => number): number {
  return pairs.filter(([easier, harder]) => raw(harder) > raw(easier)).length / pairs.length;
}

function englishModel(): GradeModel {
  const sentencePairs = oneStopSentencePairs().map(
    ({ easier, harder }) =>
      [gradeFeatures(countsOf(easier, 'en')), gradeFeatures(countsOf(harder, 'en'))] as [Features, Features],
  );
  const articleFeatures = oneStopArticles().map((a) => ({
    ele: gradeFeatures(countsOf(a.texts.ele, 'en')),
    int: gradeFeatures(countsOf(a.texts.int, 'en')),
    adv: gradeFeatures(countsOf(a.texts.adv, 'en')),
  }));
  const articlePairs = articleFeatures.flatMap(
    (a) =>
      [
        [a.ele, a.int],
        [a.int, a.adv],
        [a.ele, a.adv],
      ] as [Features, Features][],
  );
  // Weights relative to sentence length, on a coarse grid: the most sentence pairs ordered, then articles.
  let best = { score: -1, load: 0, clauses: 0, asw: 0 };
  for (const load of [0.5, 1, 1.5, 2, 2.5, 3, 4])
    for (const clauses of [0, 0.25, 0.5, 1])
      for (const asw of [0, 2, 5, 10]) {
        const raw = (f: Features) => f.asl + load * f.load + clauses * f.clauses + asw * f.asw;
        const score = pairAccuracy(sentencePairs, raw) + pairAccuracy(articlePairs, raw) / 1000;
        if (score > best.score) best = { score, load, clauses, asw };
      }
  const raw = (f: Features) => f.asl + best.load * f.load + best.clauses * f.clauses + best.asw * f.asw;
  const texts = articleFeatures.flatMap((a) => [a.ele, a.int, a.adv]);
  const fk = oneStopArticles().flatMap((a) =>
    [a.texts.ele, a.texts.int, a.texts.adv].map((t) => fleschKincaidGrade(countsOf(t, 'en'))),
  );
  const r = meanSd(texts.map(raw));
  const g = meanSd(fk);
  const scale = g.sd / r.sd;
  console.log(
    `en: weights per word of sentence length: load ${best.load}, clauses ${best.clauses}, syllables/word ${best.asw}; ` +
      `sentence pairs ${(pairAccuracy(sentencePairs, raw) * 100).toFixed(1)}%, article pairs ${(pairAccuracy(articlePairs, raw) * 100).toFixed(1)}%; ` +
      `equated to Flesch–Kincaid mean ${round(g.mean, 2)} sd ${round(g.sd, 2)}`,
  );
  return {
    intercept: round(g.mean - scale * r.mean),
    sentenceLength: round(scale),
    lexicalLoad: round(scale * best.load),
    syllablesPerWord: round(scale * best.asw),
    clauseMarksPerSentence: round(scale * best.clauses),
  };
}

function linkedModel(language: Exclude<LanguageCode, 'en'>, english: GradeModel): GradeModel {
  const passages = ntrexPassages();
  const target = passages.map((p) => {
    const f = gradeFeatures(countsOf(p.en, 'en'));
    return (
      english.intercept +
      english.sentenceLength * f.asl +
      english.lexicalLoad * f.load +
      english.syllablesPerWord * f.asw +
      english.clauseMarksPerSentence * f.clauses
    );
  });
  const features = passages.map((p) => gradeFeatures(countsOf(p[language], language)));
  // Weights relative to sentence length, searched on a grid (all non-negative: each cue can only add difficulty).
  const clauseRatio = english.clauseMarksPerSentence / english.sentenceLength;
  let best = { r: -Infinity, load: 0, asw: 0 };
  for (let load = 0; load <= 8; load += 0.1) {
    for (let asw = 0; asw <= 30; asw += 0.5) {
      const raw = features.map((f) => f.asl + load * f.load + asw * f.asw + clauseRatio * f.clauses);
      const r = correlation(raw, target);
      if (r > best.r) best = { r, load, asw };
    }
  }
  const raw = features.map((f) => f.asl + best.load * f.load + best.asw * f.asw + clauseRatio * f.clauses);
  const rs = meanSd(raw);
  const ts = meanSd(target);
  const scale = ts.sd / rs.sd;
  console.log(
    `${language}: r with English grade ${round(best.r, 3)} (load ${round(best.load, 2)}, asw ${best.asw}); ${passages.length} passages`,
  );
  return {
    intercept: round(ts.mean - scale * rs.mean),
    sentenceLength: round(scale),
    lexicalLoad: round(scale * best.load),
    syllablesPerWord: round(scale * best.asw),
    clauseMarksPerSentence: round(scale * clauseRatio),
  };
}

/** Words per sentence and share of long words relative to English: the audiences' LANGUAGE_SCALE. */
function languageScale(): void {
  const passages = ntrexPassages();
  const totals = (language: LanguageCode) =>
    passages.reduce(
      (sum, p) => {
        const c = countsOf(p[language], language);
        return {
          words: sum.words + c.words,
          sentences: sum.sentences + c.sentences,
          long: sum.long + c.longWords,
        };
      },
      { words: 0, sentences: 0, long: 0 },
    );
  const en = totals('en');
  for (const language of ['ru', 'kk'] as const) {
    const t = totals(language);
    const sentenceLength = t.words / t.sentences / (en.words / en.sentences);
    const longWordShare = t.long / t.words / (en.long / en.words);
    console.log(
      `${language}: LANGUAGE_SCALE sentenceLength ${round(sentenceLength, 2)}, longWordShare ${round(longWordShare, 2)}`,
    );
  }
}

languageScale();
const en = englishModel();
const models: Record<LanguageCode, GradeModel> = { en, ru: linkedModel('ru', en), kk: linkedModel('kk', en) };
console.log(JSON.stringify(models, null, 2));

if (process.argv.includes('--write')) {
  const entries = (Object.entries(models) as [LanguageCode, GradeModel][])
    .map(
      ([code, m]) =>
        `  ${code}: {\n${Object.entries(m)
          .map(([key, value]) => `    ${key}: ${value},`)
          .join('\n')}\n  },`,
    )
    .join('\n');
  writeFileSync(
    new URL('../plain/languages/grade-models.ts', import.meta.url),
    `import type { GradeModel } from '../internal/grade.ts';
import type { LanguageCode } from '../internal/rules/types.ts';

// Generated by bench/calibrate-grade.ts --write; the method is described there and in kk/README.md.
export const GRADE_MODELS: Record<LanguageCode, GradeModel> = {
${entries}
};
`,
  );
  console.log('wrote plain/languages/grade-models.ts');
}
