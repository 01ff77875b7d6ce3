import type { LanguagePack } from '../languages/pack.ts';
import { adviceFor } from './advice.ts';
import { AUDIENCES, type AudienceProfile, LANGUAGE_SCALE } from './audiences.ts';
import { type Counts, countDocument, proseCounts, zeroCounts } from './counts.ts';
import { detectLanguageOfWords } from './detect.ts';
import type { Finding } from './finding.ts';
import { GLOSSARY_RULES, PREFERRED_ID, runGlossary } from './glossary.ts';
import { gradeOf } from './grade.ts';
import { type AnalyzeOptions, InvalidOptionError, parseOptions } from './options.ts';
import type { Report } from './report-schema.ts';
import type { RuleContext } from './rules/context.ts';
import { withoutDeferred } from './rules/deferred.ts';
import { formatMessage } from './rules/messages.ts';
import { compileTerms, insideTerm, termSpans } from './rules/terms.ts';
import type { LanguageCode, Rule } from './rules/types.ts';
import { runRule } from './run-rules.ts';
import type { Document, Word } from './text/document.ts';
import { mendBrokenWords } from './text/join-words.ts';
import { isQuoted, type QuotationSpan, quotedSpansOf } from './text/quotations.ts';
import { isLexical, segment } from './text/segment.ts';

/** Paragraphs shorter than this take the document's language: too little evidence of their own. */
const MIN_WORDS_FOR_PARAGRAPH_LANGUAGE = 4;
const MIN_CONFIDENCE_FOR_SWITCH = 0.5;

interface Languages {
  main: { code: LanguageCode; confidence: number };
  byParagraph: LanguageCode[];
  paragraphs?: { start: number; end: number; code: LanguageCode; confidence: number }[];
}

function paragraphWords(doc: Document, index: number): string[] {
  const paragraph = doc.paragraphs[index];
  const first = doc.sentences[paragraph?.firstSentence ?? 0];
  const last = doc.sentences[(paragraph?.endSentence ?? 1) - 1];
  if (!paragraph || !first || !last) return [];
  return doc.words
    .slice(first.firstWord, last.endWord)
    .filter(isLexical)
    .map((w) => w.norm);
}

function detectLanguages(doc: Document, requested: AnalyzeOptions['language']): Languages {
  if (requested && requested !== 'auto') {
    return { main: { code: requested, confidence: 1 }, byParagraph: doc.paragraphs.map(() => requested) };
  }
  const main = detectLanguageOfWords(doc.words.filter(isLexical).map((w) => w.norm));
  const detected = doc.paragraphs.map((_, i) => {
    const words = paragraphWords(doc, i);
    if (words.length < MIN_WORDS_FOR_PARAGRAPH_LANGUAGE)
      return { code: main.code, confidence: main.confidence };
    const own = detectLanguageOfWords(words, main.code);
    return own.code !== main.code && own.confidence < MIN_CONFIDENCE_FOR_SWITCH
      ? { code: main.code, confidence: main.confidence }
      : own;
  });
  const byParagraph = detected.map((d) => d.code);
  const mixed = byParagraph.some((code) => code !== main.code);
  if (!mixed) return { main, byParagraph };
  return {
    main,
    byParagraph,
    paragraphs: doc.paragraphs.map((p, i) => ({
      start: p.start,
      end: p.end,
      code: byParagraph[i] ?? main.code,
      confidence: detected[i]?.confidence ?? 0,
    })),
  };
}

const glossaryDeferrals = new WeakMap<LanguagePack, LanguagePack['rules']>();

/** A pack's rules, each also deferring to the glossary's preferred words; made once per pack, not per call. */
function deferringToGlossary(pack: LanguagePack): LanguagePack['rules'] {
  let rules = glossaryDeferrals.get(pack);
  if (!rules) {
    rules = pack.rules.map((rule) => ({ ...rule, deferTo: [...(rule.deferTo ?? []), PREFERRED_ID] }));
    glossaryDeferrals.set(pack, rules);
  }
  return rules;
}

function resolveAudience(option: AnalyzeOptions['audience']): AudienceProfile {
  if (option === undefined) return AUDIENCES.general;
  return typeof option === 'string' ? AUDIENCES[option] : option;
}

const round = (value: number, digits = 2) => {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Number.isFinite(rounded) ? rounded : 0;
};

/**
 * Below this word difficulty a word is everyday: the commonest words of English (difficulty grows with the log
 * of a word's rank: "any" 0.36, "cat" 2.3), core and familiar Kazakh words, the commonest Russian ones.
 */
const EVERYDAY_DIFFICULTY = 1;

/** The language packs an analyzer can use: all three, or only those a page loaded. */
export type LanguagePacks = Readonly<Partial<Record<LanguageCode, LanguagePack>>>;

/**
 * The packs' rules on wording (phrase and sequence rules: officialese, jargon, passive …), whose advice no
 * writer can take inside a quotation or a quoted title.
 */
function wordingRulesOf(packs: LanguagePacks): Map<string, Rule> {
  return new Map(
    Object.values(packs).flatMap((pack) =>
      pack.rules.filter((r) => r.kind === 'phrase' || r.kind === 'sequence').map((r) => [r.id, r] as const),
    ),
  );
}

/**
 * A wording finding inside a quotation or a quoted title (`quotationSpans`) without what it offers to paste:
 * the words are someone else's, which a writer may point out or paraphrase but not rewrite in one click
 * («"We could not verify it," he said»). The finding stays: an agency's press office often writes its
 * officials' quotes, and they should be plain too.
 */
function withoutPasteInQuotation(
  finding: Finding,
  quotations: () => readonly QuotationSpan[],
  wordingRules: ReadonlyMap<string, Rule>,
  ui: LanguageCode,
): Finding {
  const rule = wordingRules.get(finding.rule);
  if (!rule || finding.suggestions.length === 0 || !isQuoted(quotations(), finding.start, finding.end))
    return finding;
  return { ...finding, suggestions: [], message: formatMessage(rule, ui, { text: finding.text }) };
}

/**
 * The rules whose findings a term of art silences (`LanguagePack.terms`): wording advice — phrase and sequence
 * rules, word measures, nominal chains — which inside a term would rename the thing it names.
 */
function termRulesOf(packs: LanguagePacks): Set<string> {
  return new Set(
    Object.values(packs).flatMap((pack) =>
      pack.rules
        .filter(
          (r) =>
            r.kind === 'phrase' ||
            r.kind === 'sequence' ||
            (r.kind === 'metric' && r.measure.startsWith('word-')) ||
            (r.kind === 'builtin' && r.check === 'nominal-chain'),
        )
        .map((r) => r.id),
    ),
  );
}

/** The rules that measure single words ("long-word"): one finding per word and sentence is enough. */
function wordMeasureRulesOf(packs: LanguagePacks): Set<string> {
  return new Set(
    Object.values(packs).flatMap((pack) =>
      pack.rules.filter((r) => r.kind === 'metric' && r.measure.startsWith('word-')).map((r) => r.id),
    ),
  );
}

/**
 * `findings` (sorted by start) without a word measure's finding on a word it already reported in the same
 * sentence: "the nearest evacuation point and the evacuation route" says the same thing twice, which is noise.
 * Run after terms and deferral, so that the first finding kept is one the reader sees.
 */
function firstOfEachWordPerSentence(
  findings: readonly Finding[],
  doc: Document,
  wordRules: ReadonlySet<string>,
): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!wordRules.has(f.rule)) return true;
    const key = `${f.rule}\u0001${sentenceAt(doc, f.start)}\u0001${f.text.toLocaleLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A pack without terms: one list, so that `compileTerms` compiles it once. */
const NO_TERMS: readonly string[] = [];

/**
 * Findings without the wording findings that lie inside a term of art of their paragraph's language ("a
 * mandatory reconsideration", «лица, участвующие в деле»). The terms are looked for only when there are such
 * findings.
 */
function outsideTerms(
  findings: readonly Finding[],
  doc: Document,
  languages: { main: LanguageCode; byParagraph: readonly LanguageCode[] },
  packOf: (code: LanguageCode) => LanguagePack,
  termRules: ReadonlySet<string>,
): Finding[] {
  if (!findings.some((f) => termRules.has(f.rule))) return [...findings];
  const spans: [number, number][] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const terms = packOf(languages.byParagraph[p] ?? languages.main).terms;
    if (terms?.length)
      spans.push(...termSpans(doc, compileTerms(terms), paragraph.firstSentence, paragraph.endSentence));
  });
  if (spans.length === 0) return [...findings];
  return findings.filter((f) => !termRules.has(f.rule) || !insideTerm(spans, f.start, f.end));
}

/** Every rule id an option may name. */
function ruleIdsOf(packs: LanguagePacks): Set<string> {
  return new Set([
    ...Object.values(packs).flatMap((pack) => pack.rules.map((r) => r.id)),
    'glossary/preferred',
    'glossary/banned',
    'glossary/undefined-term',
  ]);
}

/** Index of the sentence holding an offset (binary search: sentences are in text order). */
function sentenceAt(doc: Document, offset: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.sentences[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sentences with a passive finding; with `headingsLeftOut` (the grade's `proseCounts` left headings out) not
 * those in headings: «Сотталмағандығы туралы анықтама», a service's name as a heading, is not the text's voice.
 */
function passiveSentencesIn(doc: Document, findings: readonly Finding[], headingsLeftOut: boolean): number {
  const headings = new Set<number>();
  if (headingsLeftOut)
    for (const paragraph of doc.paragraphs)
      if (paragraph.kind === 'heading')
        for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) headings.add(s);
  const passive = new Set<number>();
  for (const finding of findings) {
    if (!finding.rule.includes('passive')) continue;
    const sentence = sentenceAt(doc, finding.start);
    if (!headings.has(sentence)) passive.add(sentence);
  }
  return passive.size;
}

/** Weighted grade of a document whose paragraphs may be in different languages. */
function documentGrade(
  doc: Document,
  languages: LanguageCode[],
  packOf: (code: LanguageCode) => LanguagePack,
): { grade: number; counts: Counts; proseSentences: number } {
  const total = zeroCounts();
  let weighted = 0;
  let proseSentences = 0;
  for (const code of new Set(languages)) {
    const pack = packOf(code);
    const rulesFor = (i: number) => (languages[i] === code ? pack : undefined);
    const counts = countDocument(doc, rulesFor);
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    const prose = proseCounts(doc, rulesFor, counts);
    weighted += gradeOf(prose, pack.grade) * counts.words;
    proseSentences += prose.sentences;
  }
  total.paragraphs = doc.paragraphs.length;
  return { grade: total.words ? weighted / total.words : 0, counts: total, proseSentences };
}

/**
 * Rewrites the match form of words so that word lists, stems and rule patterns, written once in a language's
 * main spelling, see the words the writer meant; offsets and text stay as typed:
 * - words in the language's second script (Kazakh Latin), read through the main one;
 * - every word of a paragraph typed without the language's own letters (Kazakh on a Russian keyboard), with
 *   the letters put back.
 */
function readAsMeant(
  doc: Document,
  languages: LanguageCode[],
  packOf: (code: LanguageCode) => LanguagePack,
): void {
  doc.paragraphs.forEach((paragraph, p) => {
    const pack = packOf(languages[p] ?? 'en');
    const { otherScript: script, lostLetters: lost } = pack;
    if (!script && !lost) return;
    const first = doc.sentences[paragraph.firstSentence]?.firstWord ?? 0;
    const end = doc.sentences[paragraph.endSentence - 1]?.endWord ?? first;
    const words = doc.words.slice(first, end);
    if (script) {
      const written = words.filter((word) => script.isWritten(word.norm));
      const spellings = script.spellingsOf?.(written.map((word) => word.text));
      for (const word of written) word.norm = script.toMain(word.norm, spellings);
    }
    if (lost?.isTypedWithout(doc.text.slice(paragraph.start, paragraph.end))) {
      for (const word of words) word.norm = lost.restore(word.norm, word.text);
    }
  });
}

/** Analyses a text for plain language; see `analyze` in plain/index.ts. */
export type Analyze = (text: string, options?: AnalyzeOptions) => Report;

/**
 * An `analyze` over the given language packs. With all three it is the engine's `analyze`; with fewer (a page
 * that loaded one language's pack) the `language` option must name a loaded one.
 */
export function createAnalyzer(packs: LanguagePacks): Analyze {
  const loaded = Object.keys(packs) as LanguageCode[];
  const ruleIds = ruleIdsOf(packs);
  const wordingRules = wordingRulesOf(packs);
  const termRules = termRulesOf(packs);
  const wordRules = wordMeasureRulesOf(packs);
  const packOf = (code: LanguageCode): LanguagePack => {
    const pack = packs[code];
    if (!pack) {
      throw new InvalidOptionError(
        'language',
        `this analyzer has only ${loaded.join(', ')}; the text is in ${code} (pass language)`,
      );
    }
    return pack;
  };
  return (text, options) =>
    analyzeWith(
      packOf,
      { all: ruleIds, wording: wordingRules, terms: termRules, words: wordRules },
      text,
      options,
    );
}

/**
 * The last analysis's word objects, rewritten in place by the next one (a draft re-checked as it is edited,
 * one file after another): most of segmenting a long text was the garbage collector copying new word objects.
 * No report refers to a word, so nothing can see them change. Kept only up to a megabyte or so of text.
 */
let recycled: Word[] = [];
const RECYCLED_WORDS = 250_000;

function analyzeWith(
  packOf: (code: LanguageCode) => LanguagePack,
  rules: {
    all: Set<string>;
    wording: ReadonlyMap<string, Rule>;
    terms: ReadonlySet<string>;
    words: ReadonlySet<string>;
  },
  text: string,
  options?: AnalyzeOptions,
): Report {
  const { all: ruleIds, wording: wordingRules, terms: termRules, words: wordRules } = rules;
  if (typeof text !== 'string')
    throw new TypeError(`analyze(text): text must be a string, got ${typeof text}`);
  const opts = parseOptions(options);
  const doc = segment(text, recycled);
  // Cleared at once: if this analysis throws, the next one starts from fresh objects.
  recycled = [];
  const languages = detectLanguages(doc, opts.language);
  mendBrokenWords(doc, (p) => packOf(languages.byParagraph[p] ?? languages.main.code));
  readAsMeant(doc, languages.byParagraph, packOf);
  const ui = opts.uiLanguage ?? languages.main.code;
  const enabled = opts.rules ?? {};
  for (const id of Object.keys(enabled)) {
    if (!ruleIds.has(id)) throw new InvalidOptionError(`rules.${id}`, `no rule has the id "${id}"`);
  }

  const findings: Finding[] = [];
  const contextFor = (code: LanguageCode, paragraphs: number[]): RuleContext => ({
    doc,
    language: code,
    ui,
    paragraphs,
    syllables: packOf(code).syllables,
    isFamiliar: packOf(code).isFamiliar,
    isEveryday: (norm) => packOf(code).difficulty(norm) < EVERYDAY_DIFFICULTY,
    otherScript: packOf(code).otherScript,
    isKnownReading: packOf(code).lostLetters?.isKnown,
    impersonal: packOf(code).impersonal,
    activeVoice: packOf(code).activeVoice,
    agree: packOf(code).agree,
    carry: packOf(code).carry,
    prepositionFor: packOf(code).prepositionFor,
    spell: packOf(code).spellingOf?.(doc.text),
    fitsInPlace: packOf(code).fitsInPlace,
    terms: compileTerms(packOf(code).terms ?? NO_TERMS),
    report: (finding) => findings.push(finding),
  });
  for (const code of new Set(languages.byParagraph)) {
    const paragraphs = languages.byParagraph.flatMap((c, i) => (c === code ? [i] : []));
    const ctx = contextFor(code, paragraphs);
    for (const rule of packOf(code).rules) if (enabled[rule.id] !== false) runRule(rule, ctx);
  }
  if (opts.glossary) {
    const everything = contextFor(
      languages.main.code,
      doc.paragraphs.map((_, i) => i),
    );
    runGlossary(opts.glossary, everything, {
      languageOf: (p) => languages.byParagraph[p] ?? languages.main.code,
      stemmer: (code) => packOf(code).stem,
      definitionWords: new Set(
        [...new Set([...languages.byParagraph, languages.main.code])].flatMap((code) =>
          packOf(code).rules.flatMap((rule) =>
            'definitionWords' in rule ? (rule.definitionWords ?? []) : [],
          ),
        ),
      ),
      enabled: (id) => enabled[id] !== false,
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const found = outsideTerms(
    findings,
    doc,
    { main: languages.main.code, byParagraph: languages.byParagraph },
    packOf,
    termRules,
  );
  // A pack's finding on words the agency's glossary gives its own word for defers to the glossary's: the same
  // words flagged twice, and the pack's suggestion may not be the word the agency chose.
  // Found only when a wording finding has something to paste: most findings of a long text have not.
  const quotations = () => quotedSpansOf(doc).quotations;
  const reported = firstOfEachWordPerSentence(
    withoutDeferred(
      found,
      [
        ...[...new Set(languages.byParagraph)].flatMap((code) => deferringToGlossary(packOf(code))),
        ...GLOSSARY_RULES,
      ],
      ui,
      (ruleId) => {
        // The rule's language, if the text has paragraphs in it (a glossary rule's id names none).
        const code = languages.byParagraph.find((c) => ruleId.startsWith(`${c}/`));
        return code && packOf(code).withSubject;
      },
    ),
    doc,
    wordRules,
  ).map((f) => withoutPasteInQuotation(f, quotations, wordingRules, ui));

  const { grade, counts, proseSentences } = documentGrade(doc, languages.byParagraph, packOf);
  const words = Math.max(1, counts.words);
  const sentences = Math.max(1, counts.sentences);
  const headingsLeftOut = proseSentences < counts.sentences;
  const passiveSentences = passiveSentencesIn(doc, found, headingsLeftOut);
  const jargon = found.filter((f) => f.rule.endsWith('/jargon')).length;
  const main = packOf(languages.main.code);
  const metrics = {
    words: counts.words,
    sentences: counts.sentences,
    paragraphs: counts.paragraphs,
    syllables: counts.syllables,
    letters: counts.letters,
    longWords: counts.longWords,
    polysyllables: counts.polysyllables,
    unfamiliarWords: counts.unfamiliarWords,
    averageSentenceLength: round(counts.words / sentences),
    averageSyllablesPerWord: round(counts.syllables / words),
    averageLettersPerWord: round(counts.letters / words),
    longWordShare: round(counts.longWords / words, 3),
    unfamiliarWordShare: round(counts.unfamiliarWords / words, 3),
    passiveShare: round(passiveSentences / Math.max(1, proseSentences), 3),
    // Three decimals: UIs round for display, but ordering close texts needs the precision.
    grade: round(grade, 3),
    formulas: Object.fromEntries(
      Object.entries(main.formulas(counts)).map(([name, value]) => [name, round(counts.words ? value : 0)]),
    ),
    readingTimeMinutes: round(counts.words / main.wordsPerMinute, 1),
  };

  const audience = resolveAudience(opts.audience);
  const scale = LANGUAGE_SCALE[languages.main.code];
  const targets = audience.targets;
  const checks = [
    // Compared as shown, to one decimal: a grade of 3.18 against a limit of 3.17 is not "3.2; aim for 3.2".
    { target: 'grade', limit: round(targets.grade, 1), actual: round(metrics.grade, 1) },
    {
      target: 'sentenceLength',
      limit: round(targets.sentenceLength * scale.sentenceLength, 1),
      actual: round(metrics.averageSentenceLength, 1),
    },
    {
      target: 'longWordShare',
      limit: round(Math.min(1, targets.longWordShare * scale.longWordShare) * 100, 0),
      actual: round(metrics.longWordShare * 100, 0),
    },
    {
      target: 'passiveShare',
      limit: round(targets.passiveShare * 100, 0),
      actual: round(metrics.passiveShare * 100, 0),
    },
    {
      target: 'jargonPer100Words',
      limit: round(targets.jargonPer100Words, 1),
      actual: round((jargon * 100) / words, 1),
    },
  ] as const;
  const misses =
    counts.words === 0
      ? []
      : checks.filter((c) => c.actual > c.limit).map((c) => ({ ...c, by: round(c.actual - c.limit, 1) }));
  // The miss that is furthest over its limit, relative to the limit, is what to change first.
  const first = [...misses].sort((a, b) => b.by / Math.max(1, b.limit) - a.by / Math.max(1, a.limit))[0];

  recycled = doc.words.length <= RECYCLED_WORDS ? doc.words : [];
  return {
    language: languages.paragraphs ? { ...languages.main, paragraphs: languages.paragraphs } : languages.main,
    metrics,
    score: plainScore(metrics.grade, reported, counts.words),
    audience: {
      id: audience.id,
      fits: misses.length === 0,
      misses,
      advice: adviceFor(ui, first, counts.words === 0),
    },
    findings: reported,
  };
}

/**
 * 0–100, higher is plainer: the grade sets the base (100 at grade 4 or below, 0 at 18), and findings take
 * off points by their density (per 100 words), errors most.
 */
function plainScore(grade: number, findings: Finding[], words: number): number {
  if (words === 0) return 100;
  const base = 100 - (Math.max(0, Math.min(14, grade - 4)) / 14) * 100;
  const weight = { error: 5, warning: 2, suggestion: 0.5 } as const;
  const density = (findings.reduce((sum, f) => sum + weight[f.severity], 0) * 100) / words;
  return Math.round(Math.max(0, Math.min(100, base - Math.min(50, density * 2))));
}
