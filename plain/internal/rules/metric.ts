import { isLexical } from '../text/segment.ts';
import { forEachSentence, type RuleContext, reportFinding, writtenAsName } from './context.ts';
import type { MetricRule } from './types.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

const compiledExceptions = new WeakMap<MetricRule, WordMatcher>();

/** The rule's exception list, compiled once per rule (the Russian list has hundreds of forms). */
function exceptionsOf(rule: MetricRule): WordMatcher {
  let matcher = compiledExceptions.get(rule);
  if (!matcher) {
    matcher = compileWords(rule.except ?? []);
    compiledExceptions.set(rule, matcher);
  }
  return matcher;
}

function inRange(rule: MetricRule, value: number): boolean {
  return value >= rule.min && (rule.below === undefined || value < rule.below);
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
      const known = exceptionsOf(rule);
      forEachSentence(ctx, (sentence) => {
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
          // Names and abbreviations are not the writer's word choice.
          if (word.text === word.text.toUpperCase()) continue;
          if (rule.skipNames && writtenAsName(doc.text, word, w === sentence.firstWord)) continue;
          report(word.start, word.end, value);
        }
      });
    }
  }
}
