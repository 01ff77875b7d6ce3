import { isQuoted, quotedSpansOf } from '../text/quotations.ts';
import { isLexical } from '../text/segment.ts';
import { inSpelledOutName } from './abbreviation-definitions.ts';
import { forEachSentence, type RuleContext, reportFinding, writtenAsName } from './context.ts';
import { inGlossedTerm } from './glossed-terms.ts';
import type { MetricRule } from './types.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

/** A word-measure rule's lists and patterns, compiled once per rule. */
interface CompiledWordRule {
  /** The exception list (the Russian one has hundreds of forms). */
  known: WordMatcher;
  uncounted: RegExp | undefined;
  bodyName: RegExp | undefined;
  bodyField: RegExp | undefined;
  bodyUnit: RegExp | undefined;
  /** The text before a word that names it as a term being defined (`MetricRule.skipAfter`). */
  skipAfter: RegExp | undefined;
}

const compiledRules = new WeakMap<MetricRule, CompiledWordRule>();

function compiledOf(rule: MetricRule): CompiledWordRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = {
      known: compileWords(rule.except ?? []),
      uncounted: rule.uncountedEnding ? new RegExp(rule.uncountedEnding, 'iu') : undefined,
      bodyName: rule.bodyNames === undefined ? undefined : new RegExp(rule.bodyNames, 'u'),
      bodyField: rule.bodyFieldHeads === undefined ? undefined : new RegExp(rule.bodyFieldHeads, 'u'),
      bodyUnit: rule.bodyUnits === undefined ? undefined : new RegExp(rule.bodyUnits, 'u'),
      skipAfter: rule.skipAfter === undefined ? undefined : new RegExp(rule.skipAfter, 'iu'),
    };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

function inRange(rule: MetricRule, value: number): boolean {
  return value >= rule.min && (rule.below === undefined || value < rule.below);
}

/** Words a body's name runs on for at most past its capitalised first word. */
const BODY_NAME_WORDS = 8;

/**
 * A word that ends a body's name: a verb's ending, a relative, a conjunction other than «и», a preposition
 * other than the «о», «об» of a code's or a law's title («Кодекс … об административных правонарушениях»).
 */
const OUTSIDE_NAME =
  /^(?:что|чтобы|который|которое|которая|которые|а|но|или|в|во|на|по|с|со|к|от|до|для|при|за|из)$|(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ть|ся)$/u;

/** An adjective's ending, of the words between a name's capital and its head noun. */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/u;

/** Words a body's name runs on for at most before its head noun («Специализированный межрайонный … суд»). */
const WORDS_BEFORE_HEAD = 4;

/**
 * Whether word `at` stands in a body's name that opens with a capitalised word matching `opener` and runs on
 * in lower case, commas and «и» between («Министерство цифрового развития, инноваций и аэрокосмической
 * промышленности»), past other names («Кодекс Республики Казахстан об …»), up to a verb, a preposition or
 * other punctuation (`MetricRule.bodyNames`); or opens, capitalised, the adjectives before such a head noun
 * («Специализированный межрайонный экономический суд»).
 */
function inBodyName(
  doc: RuleContext['doc'],
  firstWord: number,
  at: number,
  opener: RegExp,
  fieldHead: RegExp | undefined,
  unit: RegExp | undefined,
): boolean {
  const spaced = (word: { end: number }, next: { start: number }) =>
    /^\s*,?\s*$/u.test(doc.text.slice(word.end, next.start));
  const current = doc.words[at];
  const capitalised = (w: number) => /^\p{Lu}/u.test(doc.words[w]?.text ?? '');
  // Whether the words after `from`, in lower case and spaces only (`adjectives`: adjectives only), reach a
  // head noun within a name's reach.
  const headFollows = (from: number, adjectives = false) => {
    for (let w = from + 1; w <= from + WORDS_BEFORE_HEAD; w++) {
      const word = doc.words[w];
      const previous = doc.words[w - 1];
      if (!word || !previous || !/^\s+$/u.test(doc.text.slice(previous.end, word.start))) return false;
      if (opener.test(word.norm)) return true;
      if (capitalised(w) || OUTSIDE_NAME.test(word.norm)) return false;
      if (adjectives && !ADJECTIVE.test(word.norm)) return false;
    }
    return false;
  };
  if (current && capitalised(at) && headFollows(at)) return true;
  // A lower-case word among those adjectives, after the capital that opens them («Республиканским
  // координационным центром»).
  if (current && ADJECTIVE.test(current.norm) && !capitalised(at) && headFollows(at, true))
    for (let w = at - 1; w >= firstWord && w >= at - WORDS_BEFORE_HEAD; w--) {
      const word = doc.words[w];
      const next = doc.words[w + 1];
      if (!word || !next || !/^\s+$/u.test(doc.text.slice(word.end, next.start))) break;
      if (capitalised(w)) {
        if (w > firstWord) return true;
        break;
      }
      if (OUTSIDE_NAME.test(word.norm)) break;
    }
  for (let w = at - 1; w >= firstWord && w >= at - BODY_NAME_WORDS; w--) {
    const word = doc.words[w];
    const next = doc.words[w + 1];
    if (!word || !next || !spaced(word, next)) return false;
    if (/^\p{Lu}/u.test(word.text) && opener.test(word.norm)) return true;
    // A unit in lower case names only the words after it that may be a name's, not a verb.
    if (unit?.test(word.norm) && current && !OUTSIDE_NAME.test(current.norm)) return true;
    // «по» right after the head names its field: «Комитет по регулированию естественных монополий».
    const head = doc.words[w - 1];
    const field = word.norm === 'по' && head && /^\p{Lu}/u.test(head.text) && fieldHead?.test(head.norm);
    if (OUTSIDE_NAME.test(word.norm) && !field) return false;
  }
  return false;
}

const LETTER = /\p{L}/gu;

/** The measure of a hyphenated word's longest part (`MetricRule.eachPart`). */
function longestPart(rule: MetricRule, ctx: RuleContext, word: string): number {
  let longest = 0;
  for (const part of word.split('-')) {
    const value = rule.measure === 'word-letters' ? (part.match(LETTER)?.length ?? 0) : ctx.syllables(part);
    longest = Math.max(longest, value);
  }
  return longest;
}

/** Reports sentences, paragraphs or words whose measure reaches the rule's limit. */
export function runMetricRule(rule: MetricRule, ctx: RuleContext): void {
  const { doc } = ctx;
  const report = (start: number, end: number, value: number) =>
    reportFinding(ctx, rule, start, end, [], { value, limit: rule.min });
  const lexicalWords = (from: number, to: number) => {
    let count = 0;
    for (let w = from; w < to; w++) {
      const word = doc.words[w];
      if (word && isLexical(word)) count++;
    }
    return count;
  };
  switch (rule.measure) {
    case 'sentence-words':
      forEachSentence(ctx, (sentence) => {
        const value = lexicalWords(sentence.firstWord, sentence.endWord);
        if (inRange(rule, value)) report(sentence.start, sentence.end, value);
      });
      return;
    case 'paragraph-words':
    case 'paragraph-sentences':
      for (const p of ctx.paragraphs) {
        const paragraph = doc.paragraphs[p];
        if (paragraph?.kind !== 'text') continue;
        const first = doc.sentences[paragraph.firstSentence];
        const last = doc.sentences[paragraph.endSentence - 1];
        if (!first || !last) continue;
        const value =
          rule.measure === 'paragraph-sentences'
            ? paragraph.endSentence - paragraph.firstSentence
            : lexicalWords(first.firstWord, last.endWord);
        if (inRange(rule, value)) report(first.start, last.end, value);
      }
      return;
    case 'word-letters':
    case 'word-syllables': {
      const { known, uncounted, bodyName, bodyField, bodyUnit, skipAfter } = compiledOf(rule);
      const headings = new Set<number>();
      if (rule.skipHeadings)
        for (const paragraph of doc.paragraphs)
          if (paragraph.kind === 'heading')
            for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) headings.add(s);
      forEachSentence(ctx, (sentence, index) => {
        if (headings.has(index)) return;
        for (let w = sentence.firstWord; w < sentence.endWord; w++) {
          const word = doc.words[w];
          if (!word || !isLexical(word)) continue;
          // Measured first: most words are short, and the checks below cost more than the measure.
          const value =
            rule.eachPart && word.norm.includes('-')
              ? longestPart(rule, ctx, word.norm)
              : rule.measure === 'word-letters'
                ? word.letters
                : ctx.syllables(word.norm);
          if (!inRange(rule, value) || matchesWord(known, word.norm)) continue;
          if (uncounted && !inRange(rule, value - (word.norm.match(uncounted)?.[0].length ?? 0))) continue;
          // Names and abbreviations are not the writer's word choice.
          if (word.text === word.text.toUpperCase()) continue;
          if (rule.skipNames && writtenAsName(doc.text, word, w === sentence.firstWord)) continue;
          // A label or a name in quotes («В разделе «Налогообложение» выберите…»): the writer cannot shorten it.
          if (isQuoted(quotedSpansOf(doc).labels, word.start, word.end)) continue;
          if (bodyName && inBodyName(doc, sentence.firstWord, w, bodyName, bodyField, bodyUnit)) continue;
          if (rule.skipSpelledOut && inSpelledOutName(doc, sentence.firstWord, sentence.endWord, w)) continue;
          if (rule.skipGlossed && inGlossedTerm(doc, sentence.firstWord, sentence.endWord, w, w)) continue;
          if (rule.skipQuotedTitles && inQuotedTitle(doc, word.start, word.end)) continue;
          if (skipAfter?.test(doc.text.slice(sentence.start, word.start))) continue;
          report(word.start, word.end, value);
        }
      });
    }
  }
}

/**
 * Whether [start, end) stands in a quotation that opens with a capital and is no quoted speech: a word right
 * before its opening mark, no dash after its closing one (`MetricRule.skipQuotedTitles`).
 */
function inQuotedTitle(doc: RuleContext['doc'], start: number, end: number): boolean {
  const span = quotedSpansOf(doc).quotations.find(([from, to]) => from < start && end < to);
  if (!span) return false;
  const [from, to] = span;
  if (!/^\p{Lu}/u.test(doc.text.slice(from + 1, from + 2))) return false;
  // A title follows the word it names («документация «…»»); speech opens its sentence or follows a colon.
  if (!/[\p{L}\p{N}][ \u00a0]*$/u.test(doc.text.slice(Math.max(0, from - 5), from))) return false;
  return !/^\s*,?\s*[—–-]/u.test(doc.text.slice(to, to + 5));
}
