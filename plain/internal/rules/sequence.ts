import { memo } from '../memo.ts';
import type { Document, Sentence, Word } from '../text/document.ts';
import { withYo } from '../text/normalize.ts';
import {
  adjacent,
  capitalised,
  compilePattern,
  followsMatching,
  forEachSentence,
  type ImpersonalActive,
  neighbourMatches,
  type RuleContext,
  reportFinding,
  textAfter,
  textBefore,
  writtenAsName,
} from './context.ts';
import { anchorFinding } from './deferred.ts';
import type { SequenceRule, SequenceVariant, TokenContext, TokenMatcher } from './types.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

interface CompiledContext {
  form: RegExp | undefined;
  previous: RegExp | undefined;
  next: RegExp | undefined;
  opening: boolean;
  closing: boolean;
  name: boolean;
  followedBy: RegExp | undefined;
  precededBy: RegExp | undefined;
}

interface CompiledToken {
  words: WordMatcher | undefined;
  regex: RegExp | undefined;
  except: Set<string>;
  optional: boolean;
  gap: number;
  name: boolean;
  unless: CompiledContext[];
  /**
   * The `unless` contexts a word of this form may stand in: those whose `form` it matches or that name none. A
   * passive's participle token has dozens, most of them for a few forms, and it is tried at every participle:
   * the forms are tested once per distinct word.
   */
  unlessFor: (norm: string) => CompiledContext[];
  /**
   * For a token with a regular expression: whether a word matches it all. Large regular expressions (participle
   * endings) run once per distinct word, not once per occurrence, and the word's exceptions are looked up with
   * them: one lookup a word for the first token, tried at every word.
   */
  matchesWithRegex: ((norm: string) => boolean) | undefined;
}

/** The sentence a match must stay inside: its first word and the index after its last. */
interface Span {
  first: number;
  end: number;
}

interface CompiledVariant {
  tokens: CompiledToken[];
  question: boolean;
}

/** A sequence rule with its patterns and regular expressions compiled once. */
export interface CompiledSequenceRule {
  rule: SequenceRule;
  /** The rule's own tokens first, then its variants'. */
  variants: CompiledVariant[];
  /** Whether a variant matches only in questions. */
  asksQuestion: boolean;
  /**
   * Every word a match can start with, where each variant starts with a listed word ("be", "get"): the other
   * words are passed over without trying each variant at them.
   */
  starts: Set<string> | undefined;
  /**
   * Otherwise, whether a word may start a match: some variant's first token, or a token after optional ones,
   * takes its form. Tested once per distinct word, so that a variant opening on an optional article or a
   * regular expression does not make every word of the text a start for all the rule's variants.
   */
  canStart: ((norm: string) => boolean) | undefined;
  notAfter: RegExp | undefined;
}

function compileContext(context: TokenContext): CompiledContext {
  return {
    form: compilePattern(context.form),
    previous: compilePattern(context.previous),
    next: compilePattern(context.next),
    opening: context.opening ?? false,
    closing: context.closing ?? false,
    name: context.name ?? false,
    followedBy: compilePattern(context.followedBy),
    precededBy: compilePattern(context.precededBy),
  };
}

function compileToken(token: TokenMatcher): CompiledToken {
  const unless = (token.unless ?? []).map(compileContext);
  const words = token.words ? compileWords(token.words) : undefined;
  const regex = compilePattern(token.regex);
  const except = compileWords([], token.except ?? []).except;
  return {
    words,
    regex,
    except,
    optional: token.optional ?? false,
    gap: token.gap ?? 0,
    name: token.name ?? false,
    unless,
    unlessFor: memo((norm) => unless.filter((context) => !context.form || context.form.test(norm))),
    matchesWithRegex: regex && memo((norm) => matchesWords({ except, words }, norm) && regex.test(norm)),
  };
}

/** The words every variant's first token lists, when each is such a list of exact forms. */
function startingWords(variants: readonly CompiledVariant[]): Set<string> | undefined {
  const starts = new Set<string>();
  for (const { tokens } of variants) {
    const first = tokens[0]?.words;
    if (!first || tokens[0]?.optional || tokens[0]?.regex || first.prefixes.length || first.suffixes.length)
      return undefined;
    for (const word of first.exact) starts.add(word);
  }
  return starts;
}

/** The tokens a match may start on, per variant: up to its first required one; undefined if all are optional. */
function leadingTokens(variants: readonly CompiledVariant[]): CompiledToken[] | undefined {
  const leading: CompiledToken[] = [];
  for (const { tokens } of variants) {
    const required = tokens.findIndex((token) => !token.optional);
    if (required < 0) return undefined;
    leading.push(...tokens.slice(0, required + 1));
  }
  return leading;
}

/** Compiles a sequence rule once. */
export function compileSequenceRule(rule: SequenceRule): CompiledSequenceRule {
  const variants = [{ tokens: rule.tokens }, ...(rule.variants ?? [])]
    .filter((variant: SequenceVariant) => variant.tokens.length > 0)
    .map((variant: SequenceVariant) => ({
      tokens: variant.tokens.map(compileToken),
      question: variant.question ?? false,
    }));
  const starts = startingWords(variants);
  const leading = starts ? undefined : leadingTokens(variants);
  return {
    rule,
    variants,
    asksQuestion: variants.some((variant) => variant.question),
    starts,
    canStart: leading && memo((norm) => leading.some((token) => tokenMatches(token, norm))),
    notAfter: compilePattern(rule.notAfter),
  };
}

function tokenMatches(token: CompiledToken, norm: string): boolean {
  return token.matchesWithRegex ? token.matchesWithRegex(norm) : matchesWords(token, norm);
}

/** Whether a word is none of the token's exceptions and one of its words, where it lists them. */
function matchesWords(token: Pick<CompiledToken, 'except' | 'words'>, norm: string): boolean {
  return !token.except.has(norm) && (!token.words || matchesWord(token.words, norm));
}

const ANY_WORD = /(?:)/u;

/** Whether word `at`, which matches the token, stands in one of the token's `unless` contexts. */
function inExcludedContext(doc: Document, token: CompiledToken, at: number, span: Span): boolean {
  return token
    .unlessFor(doc.words[at]?.norm ?? '')
    .some(
      (context) =>
        (!context.previous || neighbourMatches(doc, at, -1, span.first, span.end, context.previous)) &&
        (!context.next || neighbourMatches(doc, at, 1, span.first, span.end, context.next)) &&
        (!context.opening || !neighbourMatches(doc, at, -1, span.first, span.end, ANY_WORD)) &&
        (!context.closing || !neighbourMatches(doc, at, 1, span.first, span.end, ANY_WORD)) &&
        (!context.name ||
          writtenAsName(doc.text, doc.words[at] ?? { text: '', start: 0 }, at === span.first)) &&
        (!context.followedBy || context.followedBy.test(textAfter(doc, at))) &&
        (!context.precededBy || context.precededBy.test(textBefore(doc, at))),
    );
}

/**
 * Tries to match tokens[t..] with the next matched word at `at` or, within the token's gap, later.
 * Returns the index of the last matched word, or -1. `previous` is the last matched word (adjacency check).
 */
function matchFrom(
  doc: Document,
  tokens: CompiledToken[],
  t: number,
  at: number,
  previous: number,
  span: Span,
): number {
  const token = tokens[t];
  if (!token) return previous;
  if (token.optional) {
    const skipped = matchFrom(doc, tokens, t + 1, at, previous, span);
    const taken = tryToken(doc, tokens, t, at, previous, span);
    return Math.max(skipped, taken);
  }
  return tryToken(doc, tokens, t, at, previous, span);
}

function tryToken(
  doc: Document,
  tokens: CompiledToken[],
  t: number,
  at: number,
  previous: number,
  span: Span,
): number {
  const token = tokens[t];
  if (!token) return previous;
  const words = doc.words;
  // The first matched word starts the match; later tokens may let `gap` other words stand before them.
  const last = previous < 0 ? at : at + token.gap;
  for (let i = at; i <= last && i < span.end; i++) {
    const word = words[i];
    const before = words[i - 1];
    if (!word) return -1;
    // Words inside a match are separated by spaces only: a comma or a dash breaks the sequence.
    if (previous >= 0 && before && !adjacent(doc, before, word)) return -1;
    if (
      tokenMatches(token, word.norm) &&
      (!token.name || writtenAsName(doc.text, word, i === span.first)) &&
      !(token.unless.length > 0 && inExcludedContext(doc, token, i, span))
    ) {
      const end = matchFrom(doc, tokens, t + 1, i + 1, i, span);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Whether a sentence ends with a question mark, before any closing quote or bracket. */
function isQuestion(doc: Document, sentence: Sentence): boolean {
  return /\?[\s"'”’»)\]]*$/u.test(doc.text.slice(sentence.start, sentence.end));
}

/** Calls `visit` with the first and last word index of each non-overlapping match in a sentence. */
export function forEachSequenceMatch(
  compiled: CompiledSequenceRule,
  doc: Document,
  sentence: Sentence,
  visit: (first: number, last: number) => void,
): void {
  if (compiled.variants.length === 0) return;
  const span = { first: sentence.firstWord, end: sentence.endWord };
  const question = compiled.asksQuestion && isQuestion(doc, sentence);
  const { starts, canStart } = compiled;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    if (starts && !starts.has(doc.words[i]?.norm ?? '')) continue;
    if (canStart && !canStart(doc.words[i]?.norm ?? '')) continue;
    // A match starts on a word that some token can begin with; optional leading tokens may be skipped.
    let end = -1;
    for (const variant of compiled.variants) {
      if (variant.question && !question) continue;
      end = Math.max(end, matchFrom(doc, variant.tokens, 0, i, -1, span));
    }
    if (end < i) continue;
    if (compiled.notAfter && followsMatching(doc, i, sentence.firstWord, compiled.notAfter)) continue;
    visit(i, end);
    i = end;
  }
}

/** Reports each non-overlapping match of the sequence. */
export function runSequenceRule(compiled: CompiledSequenceRule, ctx: RuleContext): void {
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    forEachSequenceMatch(compiled, doc, sentence, (first, last) => {
      // The words pasted over: the match, or a whole clause said in the active or the impersonal.
      const pasted = pastedOver(ctx, compiled.rule, sentence, first, last);
      const start = doc.words[pasted?.first ?? first];
      const end = doc.words[pasted?.last ?? last];
      const [verb, verbEnd] = [doc.words[first], doc.words[last]];
      if (!start || !end || !verb || !verbEnd) return;
      const rule = pasted?.active ? activeMessageOf(compiled.rule) : compiled.rule;
      const pastedText = pasted && withYoOf(pasted.text, doc.words, pasted.first, pasted.last);
      const finding = reportFinding(ctx, rule, start.start, end.end, pastedText ? [pastedText] : []);
      // Such a finding is still about the match's words, for what it defers to.
      anchorFinding(finding, verb.start, verbEnd.end);
    });
  });
}

/**
 * A paste's words with the «ё» the words they replace write, words `first`..`last`: the packs build forms from
 * normalised words, which write «е», and a text that writes «ё» keeps it («передаётся специалистом» →
 * «специалист передаёт»).
 */
function withYoOf(text: string, words: readonly Word[], first: number, last: number): string {
  const written: string[] = [];
  for (let i = first; i <= last; i++) {
    const word = words[i]?.text;
    if (word && /[ёЁ]/u.test(word)) written.push(word);
  }
  if (written.length === 0) return text;
  return text
    .split(' ')
    .map((word) => {
      for (const original of written) {
        const spelled = withYo(word, original);
        if (spelled !== word) return spelled;
      }
      return word;
    })
    .join(' ');
}

const withActiveMessage = new WeakMap<SequenceRule, SequenceRule>();

/** The rule with its message for an offered active in place of the one that asks who acts, if it has one. */
function activeMessageOf(rule: SequenceRule): SequenceRule {
  if (!rule.messageWithActive) return rule;
  let active = withActiveMessage.get(rule);
  if (!active) {
    active = { ...rule, messageWithSuggestion: rule.messageWithActive };
    withActiveMessage.set(rule, active);
  }
  return active;
}

/** Whether word `i` of a document and the next stand together, with spaces only between. */
const joinedIn =
  (doc: Document) =>
  (i: number): boolean => {
    const left = doc.words[i];
    const right = doc.words[i + 1];
    return left !== undefined && right !== undefined && adjacent(doc, left, right);
  };

/**
 * Whether word `i` of a document and the next stand in one stretch of words: spaces only between, or the full
 * stop of a known abbreviation («построен в 1964 г. архитектором»), which ends no clause.
 */
const continuedIn = (doc: Document) => {
  const joined = joinedIn(doc);
  return (i: number): boolean => {
    const left = doc.words[i];
    const right = doc.words[i + 1];
    if (joined(i)) return true;
    return (
      left?.abbreviation === true &&
      right !== undefined &&
      /^\.\s+$/u.test(doc.text.slice(left.end, right.start))
    );
  };
};

/**
 * What the rule pastes over the match at words `first..last` and the words around it: the pack's active for a
 * passive with its doer named (`SequenceRule.active`), else its impersonal for a one-word passive
 * (`SequenceRule.impersonal`); `active` when it names the doer.
 */
function pastedOver(
  ctx: RuleContext,
  rule: SequenceRule,
  sentence: Sentence,
  first: number,
  last: number,
): { first: number; last: number; text: string; active: boolean } | undefined {
  const { doc } = ctx;
  const active = rule.active
    ? ctx.activeVoice?.(
        doc.words,
        { from: sentence.firstWord, to: sentence.endWord, joined: joinedIn(doc) },
        { first, last },
      )
    : undefined;
  if (active) return { ...active, active: true };
  const impersonal = rule.impersonal && first === last ? pastedImpersonal(ctx, sentence, first) : undefined;
  return (
    impersonal && {
      first: first - impersonal.before,
      last: last + impersonal.after,
      text: impersonal.text,
      // Reordered, the doer comes first: the impersonal named who acts.
      active: impersonal.reordered === true,
    }
  );
}

/** Words a clause may have before a passive for them to be its subject and its complement. */
const SUBJECT_WORDS = 5;
/** Words after a passive read for its subject (the first three) or its agent. */
const WORDS_AFTER = 5;

/** The pack's impersonal active for the passive at word `at`, from the words of its clause around it. */
function pastedImpersonal(ctx: RuleContext, sentence: Sentence, at: number): ImpersonalActive | undefined {
  const { doc } = ctx;
  const words = doc.words;
  const joined = joinedIn(doc);
  // The clause starts after the last punctuation before the verb, or with the sentence.
  let first = at;
  while (first > sentence.firstWord && joined(first - 1)) first--;
  const before = at - first <= SUBJECT_WORDS ? words.slice(first, at).map((word) => word.norm) : undefined;
  // The words after it read on past an abbreviation, where a doer may stand («в 1964 г. архитектором»).
  const continued = continuedIn(doc);
  const after: string[] = [];
  let last = at;
  for (; last + 1 < sentence.endWord && after.length < WORDS_AFTER && continued(last); last++)
    after.push(words[last + 1]?.norm ?? '');
  // A comma that ends the clause is «,», with the word after it: a predicate there may share the subject
  // («Произведение создано в 1878 г., находится в галерее»).
  const [end, next] = [words[last], words[last + 1]];
  if (end && next && last + 1 < sentence.endWord && /^[\s.]*,\s*$/u.test(doc.text.slice(end.end, next.start)))
    after.push(',', next.norm);
  // An initial after the verb opens a name, the doer in the instrumental («создан И. В. Цветаевым»), which
  // the words cannot read.
  const following = words[at + 1];
  if (following && joined(at) && /^\p{Lu}$/u.test(following.text) && doc.text[following.end] === '.')
    return undefined;
  const rest = words.slice(at + 1, sentence.endWord).map((word) => word.norm);
  const opening = words.slice(sentence.firstWord, at).map((word) => word.norm);
  const pasted = ctx.impersonal?.(before, words[at]?.norm ?? '', after, rest, opening);
  if (!pasted || (pasted.before === 0 && pasted.after === 0)) return pasted;
  if (pasted.reordered) {
    const carried = [...words.slice(at - pasted.before, at), ...words.slice(at + 1, at + 1 + pasted.after)];
    const named = carried.some(
      (word, i) => /\p{Lu}/u.test(word.text) && (i > 0 || at - pasted.before !== sentence.firstWord),
    );
    return named ? undefined : pasted;
  }
  // The words carried along are pasted as written where they stay («о ЦОНе»), and keep the capitals of those
  // that are no sentence's first where they change («Курскую битву»).
  const carriedFrom = pasted.before > 0 ? at - pasted.before : at + 1;
  const out = pasted.text.split(' ');
  const offset = pasted.before > 0 ? 0 : out.length - pasted.after;
  for (let i = 0; i < pasted.before + pasted.after; i++) {
    const word = words[carriedFrom + i];
    const form = out[offset + i];
    if (!word || !form) continue;
    const first = carriedFrom + i === sentence.firstWord;
    if (form === word.norm && !first) out[offset + i] = word.text;
    else if (!first && /^\p{Lu}/u.test(word.text)) out[offset + i] = capitalised(form);
  }
  return { ...pasted, text: out.join(' ') };
}
