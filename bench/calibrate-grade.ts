// Calibrates the engine's grade models and writes plain/languages/grade-models.ts.
// Method (documented in plain/languages/kk/README.md):
//  1. English: the weights of lexical load, clause marks, passives and syllables per word against sentence
//     length are chosen on a coarse grid to order the most OneStopEnglish aligned sentence pairs correctly, then
//     the scale is equated (mean and spread) to Flesch–Kincaid grades of the OneStopEnglish articles, so
//     the engine's grade reads on the familiar US school-grade scale.
//  2. Russian and Kazakh: no graded corpus is available, so each is linked to English through NTREX-128
//     parallel news passages: the weights (lexical load, syllables per word) are chosen by a grid search for
//     the highest correlation with the English grade of the same passages, then the scale is equated (mean
//     and spread) so that the same passage gets the same grade on average. Their counts have no passives
//     (no detector), so their passive weight is 0. Equating, unlike regression,
//     keeps the spread, so easy and hard texts are not pulled towards the news average.
// Run: npx tsx bench/calibrate-grade.ts [--write] [--cross-validate]
import { writeFileSync } from 'node:fs';
import { fleschKincaidGrade } from '../plain/internal/formulas.ts';
import type { GradeModel } from '../plain/internal/grade.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { kazakhWordDifficulty } from '../plain/languages/kk/pack.ts';
import { LANGUAGES } from '../plain/languages/registry.ts';
import { ntrexPassages, oneStopArticles, oneStopSentencePairs } from './lib/corpora.ts';
import { correlation, countsOf, gradeCountsOf, gradeFeatures, meanSd } from './lib/features.ts';

const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;

type Features = ReturnType<typeof gradeFeatures>;

/** Share of pairs whose harder member gets the higher raw score. */
function pairAccuracy(pairs: [Features, Features][], raw: (f: Features) => number): number {
  return pairs.filter(([easier, harder]) => raw(harder) > raw(easier)).length / pairs.length;
}

interface EnglishWeights {
  load: number;
  clauses: number;
  asw: number;
  passives: number;
}

const englishRaw = (w: EnglishWeights) => (f: Features) =>
  f.asl + w.load * f.load + w.clauses * f.clauses + w.asw * f.asw + w.passives * f.passives;

/** Weights relative to sentence length, on a coarse grid: the most sentence pairs ordered, then articles. */
function englishWeights(
  sentencePairs: [Features, Features][],
  articlePairs: [Features, Features][],
): EnglishWeights {
  let best = { score: -1, load: 0, clauses: 0, asw: 0, passives: 0 };
  for (const load of [0.5, 1, 1.5, 2, 2.5, 3, 4])
    for (const clauses of [0, 0.25, 0.5, 1])
      for (const asw of [0, 2, 5, 10])
        for (const passives of [0, 1, 2, 3, 4, 5, 6]) {
          const raw = englishRaw({ load, clauses, asw, passives });
          const score = pairAccuracy(sentencePairs, raw) + pairAccuracy(articlePairs, raw) / 1000;
          if (score > best.score) best = { score, load, clauses, asw, passives };
        }
  return best;
}

function englishPairs() {
  const sentencePairs = oneStopSentencePairs().map(
    ({ easier, harder }) =>
      [gradeFeatures(gradeCountsOf(easier, 'en')), gradeFeatures(gradeCountsOf(harder, 'en'))] as [
        Features,
        Features,
      ],
  );
  const articles = oneStopArticles().map((a) => ({
    ele: gradeFeatures(gradeCountsOf(a.texts.ele, 'en')),
    int: gradeFeatures(gradeCountsOf(a.texts.int, 'en')),
    adv: gradeFeatures(gradeCountsOf(a.texts.adv, 'en')),
  }));
  const pairsOf = (a: (typeof articles)[number]) =>
    [
      [a.ele, a.int],
      [a.int, a.adv],
      [a.ele, a.adv],
    ] as [Features, Features][];
  return { sentencePairs, articles, pairsOf };
}

function englishModel(): GradeModel {
  const { sentencePairs, articles: articleFeatures, pairsOf } = englishPairs();
  const articlePairs = articleFeatures.flatMap(pairsOf);
  const best = englishWeights(sentencePairs, articlePairs);
  const raw = englishRaw(best);
  const texts = articleFeatures.flatMap((a) => [a.ele, a.int, a.adv]);
  const fk = oneStopArticles().flatMap((a) =>
    [a.texts.ele, a.texts.int, a.texts.adv].map((t) => fleschKincaidGrade(countsOf(t, 'en'))),
  );
  const r = meanSd(texts.map(raw));
  const g = meanSd(fk);
  const scale = g.sd / r.sd;
  console.log(
    `en: weights per word of sentence length: load ${best.load}, clauses ${best.clauses}, syllables/word ${best.asw}, passives ${best.passives}; ` +
      `sentence pairs ${(pairAccuracy(sentencePairs, raw) * 100).toFixed(2)}%, article pairs ${(pairAccuracy(articlePairs, raw) * 100).toFixed(2)}%; ` +
      `equated to Flesch–Kincaid mean ${round(g.mean, 2)} sd ${round(g.sd, 2)}`,
  );
  return {
    intercept: round(g.mean - scale * r.mean),
    sentenceLength: round(scale),
    lexicalLoad: round(scale * best.load),
    syllablesPerWord: round(scale * best.asw),
    clauseMarksPerSentence: round(scale * best.clauses),
    passivesPerSentence: round(scale * best.passives),
  };
}

/** The English model's grade from features: the target the other languages are linked to. */
const englishGrade = (english: GradeModel) => (f: Features) =>
  english.intercept +
  english.sentenceLength * f.asl +
  english.lexicalLoad * f.load +
  english.syllablesPerWord * f.asw +
  english.clauseMarksPerSentence * f.clauses +
  english.passivesPerSentence * f.passives;

interface LinkWeights {
  r: number;
  load: number;
  asw: number;
  clauseRatio: number;
}

const linkedRaw = (w: LinkWeights) => (f: Features) =>
  f.asl + w.load * f.load + w.asw * f.asw + w.clauseRatio * f.clauses;

/** Weights relative to sentence length on a grid (all non-negative: each cue can only add difficulty). */
function linkWeights(features: Features[], target: number[], clauseRatio: number): LinkWeights {
  let best: LinkWeights = { r: -Infinity, load: 0, asw: 0, clauseRatio };
  for (let load = 0; load <= 8; load += 0.1) {
    for (let asw = 0; asw <= 30; asw += 0.5) {
      const r = correlation(features.map(linkedRaw({ r: 0, load, asw, clauseRatio })), target);
      if (r > best.r) best = { r, load, asw, clauseRatio };
    }
  }
  return best;
}

/**
 * Scales the raw scores to the target's mean and spread (equating keeps the spread, unlike regression), on
 * the passages' single lines: a passage averages its sentences into the band of news (grades 7–17), while
 * its lines span headlines and one-clause quotes to long reports, so the scale also holds for plain texts
 * well below that band (see plain/languages/kk/README.md).
 */
function equate(weights: LinkWeights, lineFeatures: Features[], lineTarget: number[]): GradeModel {
  const rs = meanSd(lineFeatures.map(linkedRaw(weights)));
  const ts = meanSd(lineTarget);
  const scale = ts.sd / rs.sd;
  return {
    intercept: round(ts.mean - scale * rs.mean),
    sentenceLength: round(scale),
    lexicalLoad: round(scale * weights.load),
    syllablesPerWord: round(scale * weights.asw),
    clauseMarksPerSentence: round(scale * weights.clauseRatio),
    passivesPerSentence: 0,
  };
}

/** What a familiar Kazakh word outside the core may cost (kk/pack.ts): a coarse grid the calibration tries. */
const KAZAKH_FAMILIAR_DIFFICULTIES = [0.25, 0.5, 0.75];

/** Features of a text in one language, with the given pack. */
type FeaturesOf = (text: string) => Features;

/**
 * The passages' features in one language, and their lines', once for each word difficulty the calibration
 * tries.
 */
function featureVariants(
  language: Exclude<LanguageCode, 'en'>,
  passages: ReturnType<typeof ntrexPassages>,
): { familiar: number | undefined; features: Features[]; lineFeatures: Features[][] }[] {
  const variant = (familiar: number | undefined, of: FeaturesOf) => ({
    familiar,
    features: passages.map((p) => of(p[language])),
    lineFeatures: passages.map((p) => p.lines.map((line) => of(line[language]))),
  });
  if (language !== 'kk') return [variant(undefined, (text) => gradeFeatures(gradeCountsOf(text, language)))];
  return KAZAKH_FAMILIAR_DIFFICULTIES.map((familiar) => {
    const pack = { ...LANGUAGES.kk, difficulty: kazakhWordDifficulty(familiar) };
    return variant(familiar, (text) => gradeFeatures(gradeCountsOf(text, 'kk', pack)));
  });
}

/** The English grades the link aims at: of each passage, and of each of its lines. */
function linkTargets(english: GradeModel, passages: ReturnType<typeof ntrexPassages>) {
  const grade = (text: string) => englishGrade(english)(gradeFeatures(gradeCountsOf(text, 'en')));
  return {
    target: passages.map((p) => grade(p.en)),
    lineTarget: passages.map((p) => p.lines.map((line) => grade(line.en))),
  };
}

/** The lines of the kept passages, flattened. */
const linesOf = <T>(perPassage: T[][], keep: (_: unknown, i: number) => boolean = () => true) =>
  perPassage.filter(keep).flat();

/** The variant and weights whose score correlates best with the target on the given passages. */
function bestLink(
  variants: ReturnType<typeof featureVariants>,
  target: number[],
  clauseRatio: number,
  keep: (_: unknown, i: number) => boolean = () => true,
) {
  let best: (ReturnType<typeof featureVariants>[number] & { weights: LinkWeights }) | undefined;
  for (const variant of variants) {
    const weights = linkWeights(variant.features.filter(keep), target.filter(keep), clauseRatio);
    if (!best || weights.r > best.weights.r) best = { ...variant, weights };
  }
  if (!best) throw new Error('calibrate-grade: no feature variants to choose from');
  return best;
}

function linkedModel(
  language: Exclude<LanguageCode, 'en'>,
  english: GradeModel,
): { model: GradeModel; familiar: number | undefined } {
  const passages = ntrexPassages();
  const { target, lineTarget } = linkTargets(english, passages);
  const clauseRatio = english.clauseMarksPerSentence / english.sentenceLength;
  const { weights, lineFeatures, familiar } = bestLink(
    featureVariants(language, passages),
    target,
    clauseRatio,
  );
  console.log(
    `${language}: r with English grade ${round(weights.r, 3)} (load ${round(weights.load, 2)}, asw ${weights.asw}` +
      `${familiar === undefined ? '' : `, familiar word ${familiar}`}); ${passages.length} passages`,
  );
  return { model: equate(weights, linesOf(lineFeatures), linesOf(lineTarget)), familiar };
}

const FOLDS = 5;
const inFold = (fold: number) => (_: unknown, i: number) => i % FOLDS === fold;
const notInFold = (fold: number) => (_: unknown, i: number) => i % FOLDS !== fold;

/**
 * Out-of-sample estimates: each fold's weights are chosen (and, for kk/ru, equated) without it, then scored
 * on it. The in-sample numbers the calibration prints flatter the model; these are what to expect elsewhere.
 */
function crossValidate(english: GradeModel): void {
  const { sentencePairs, articles, pairsOf } = englishPairs();
  let sentences = 0;
  let articlePairsRight = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = englishWeights(
      sentencePairs.filter(notInFold(fold)),
      articles.filter(notInFold(fold)).flatMap(pairsOf),
    );
    const raw = englishRaw(weights);
    const heldSentences = sentencePairs.filter(inFold(fold));
    const heldArticles = articles.filter(inFold(fold)).flatMap(pairsOf);
    sentences += pairAccuracy(heldSentences, raw) * heldSentences.length;
    articlePairsRight += pairAccuracy(heldArticles, raw) * heldArticles.length;
  }
  console.log(
    `en, ${FOLDS}-fold held out: sentence pairs ${((sentences / sentencePairs.length) * 100).toFixed(2)}%, ` +
      `article pairs ${((articlePairsRight / (articles.length * 3)) * 100).toFixed(2)}%`,
  );
  const passages = ntrexPassages();
  const { target, lineTarget } = linkTargets(english, passages);
  const clauseRatio = english.clauseMarksPerSentence / english.sentenceLength;
  for (const language of ['ru', 'kk'] as const) {
    const variants = featureVariants(language, passages);
    const gap = heldOutGap(variants, { target, lineTarget }, clauseRatio);
    console.log(`${language}, ${FOLDS}-fold held out: mean |grade − English grade| ${round(gap, 3)}`);
    sentenceSplitDiagnostic(language, variants, passages, { target, lineTarget }, clauseRatio);
  }
}

/**
 * Mean absolute gap to the English grade on held-out passages: each fold's weights are chosen and its scale
 * equated (on the lines) without it, then its passages are graded.
 */
function heldOutGap(
  variants: ReturnType<typeof featureVariants>,
  { target, lineTarget }: ReturnType<typeof linkTargets>,
  clauseRatio: number,
): number {
  let gap = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const { weights, features, lineFeatures } = bestLink(variants, target, clauseRatio, notInFold(fold));
    const grade = englishGrade(
      equate(weights, linesOf(lineFeatures, notInFold(fold)), linesOf(lineTarget, notInFold(fold))),
    );
    features.forEach((f, i) => {
      if (i % FOLDS === fold) gap += Math.abs(grade(f) - (target[i] ?? 0));
    });
  }
  return gap / Math.max(1, target.length);
}

/** A passage's per-sentence features as if it had `sentences` sentences (words, load and marks unchanged). */
const resentenced = (f: Features, own: number, sentences: number): Features => {
  const k = Math.max(1, own) / Math.max(1, sentences);
  return { ...f, asl: f.asl * k, load: f.load * k, clauses: f.clauses * k, passives: f.passives * k };
};

/**
 * How much of the held-out gap comes from translators splitting or joining sentences (a real difference
 * of the texts, not of the engine): the same cross-validation with each passage divided into as many
 * sentences as its English original. A diagnostic only; the engine always counts the text's own sentences.
 */
function sentenceSplitDiagnostic(
  language: Exclude<LanguageCode, 'en'>,
  variants: ReturnType<typeof featureVariants>,
  passages: ReturnType<typeof ntrexPassages>,
  targets: ReturnType<typeof linkTargets>,
  clauseRatio: number,
): void {
  const sentences = (text: string, code: LanguageCode) => gradeCountsOf(text, code).sentences;
  const own = passages.map((p) => sentences(p[language], language));
  const english = passages.map((p) => sentences(p.en, 'en'));
  const ownLines = passages.map((p) => p.lines.map((line) => sentences(line[language], language)));
  const englishLines = passages.map((p) => p.lines.map((line) => sentences(line.en, 'en')));
  const aligned = variants.map((v) => ({
    ...v,
    features: v.features.map((f, i) => resentenced(f, own[i] ?? 1, english[i] ?? 1)),
    lineFeatures: v.lineFeatures.map((lines, i) =>
      lines.map((f, j) => resentenced(f, ownLines[i]?.[j] ?? 1, englishLines[i]?.[j] ?? 1)),
    ),
  }));
  const gap = heldOutGap(aligned, targets, clauseRatio);
  const differing = own.filter((n, i) => n !== english[i]).length;
  console.log(
    `${language}, held out with the English sentence count (translators' splits and joins undone; ${differing} of ${passages.length} passages differ): ${round(gap, 2)}`,
  );
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
const kk = linkedModel('kk', en);
const models: Record<LanguageCode, GradeModel> = { en, ru: linkedModel('ru', en).model, kk: kk.model };
console.log(JSON.stringify(models, null, 2));
if (process.argv.includes('--cross-validate')) crossValidate(en);

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

/** What a familiar Kazakh word outside the core costs (a core word 0, an unfamiliar one 1). */
export const KAZAKH_FAMILIAR_WORD_DIFFICULTY = ${kk.familiar};
`,
  );
  console.log('wrote plain/languages/grade-models.ts');
}
