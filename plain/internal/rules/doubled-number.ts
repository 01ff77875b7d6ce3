import type { Paragraph, Word } from '../text/document.ts';
import { type RuleContext, reportFinding } from './context.ts';
import type { BuiltinRule } from './types.ts';

/** A pack's number words, read once per rule. */
interface NumberWords {
  values: ReadonlyMap<string, number>;
  joiners: ReadonlySet<string>;
  units: RegExp | undefined;
}

const compiled = new WeakMap<BuiltinRule, NumberWords>();

function numberWordsOf(rule: BuiltinRule): NumberWords {
  let words = compiled.get(rule);
  if (!words) {
    words = {
      values: new Map(Object.entries(rule.numberWords ?? {}).map(([form, value]) => [fold(form), value])),
      joiners: new Set(rule.numberJoiners ?? []),
      units: rule.numberUnits === undefined ? undefined : new RegExp(rule.numberUnits, 'u'),
    };
    compiled.set(rule, words);
  }
  return words;
}

function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** A number in digits, grouped in threes by spaces or commas ("10 000", "10,000") or not. */
const DIGITS = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d{1,3}(?:,\\d{3})+|\\d+';
/** Digits right before a bracket, a percent sign after them aside: "5 (", "10 000 (", "5% (" (not "1.5 (", "2024/5 ("). */
const DIGITS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,/:‐‑-])(${DIGITS})(\\s?%)?[ \\u00a0\\u202f]?$`, 'u');
/** A bracket that holds digits only: "(5)", «(10 000)». */
const DIGITS_INSIDE = new RegExp(`^\\s*(${DIGITS})\\s*$`, 'u');
/** A currency sign before the digits ("£50"): the unit is said, so the bracket's unit word is not carried. */
const SIGN_BEFORE = /[£$€₸₽]$/u;
/** What may stand between two words of one number: spaces, or a hyphen ("twenty-five"). */
const NUMBER_GAP = /^[ \u00a0\u202f‐‑-]*$/u;
const BLANK = /^[ \u00a0\u202f]*$/u;
/** How far a bracket may run: a number in words with its unit, not a clause. */
const BRACKET_CHARS = 80;
/** How far before a bracket its digits may start: "1 000 000 000 % (". */
const DIGITS_LOOKBEHIND = 24;

/**
 * A number written in digits and again in words in brackets, as legal drafting does: «в течение 5 (пяти) рабочих
 * дней», "within five (5) working days", «30 (отыз) күнтізбелік күн». Plain-language guides say to write the
 * digits once: the finding covers both and offers the digits (with a unit word the brackets held: «5000 (пять
 * тысяч тенге)» → «5000 тенге»). The brackets must hold only the pack's number words, worth the digits; a title
 * or a count of something else in brackets («статья 5 (Права граждан)», «пункт 2 (два абзаца)») is not one.
 * Only brackets are looked at, and only those with digits beside them are read.
 */
export function doubledNumbers(rule: BuiltinRule, ctx: RuleContext): void {
  const words = numberWordsOf(rule);
  const { text } = ctx.doc;
  let open = text.indexOf('(');
  for (const p of ctx.paragraphs) {
    const paragraph = ctx.doc.paragraphs[p];
    if (!paragraph) continue;
    if (open >= 0 && open < paragraph.start) open = text.indexOf('(', paragraph.start);
    for (; open >= 0 && open < paragraph.end; open = text.indexOf('(', open + 1)) {
      const close = text.indexOf(')', open + 1);
      if (close < 0 || close > paragraph.end || close - open > BRACKET_CHARS) continue;
      if (text.slice(open + 1, close).includes('(')) continue;
      checkBracket(rule, ctx, words, paragraph, open, close);
    }
  }
}

/** The bracket at `open`–`close` read both ways: digits then words, or words then digits. */
function checkBracket(
  rule: BuiltinRule,
  ctx: RuleContext,
  words: NumberWords,
  paragraph: Paragraph,
  open: number,
  close: number,
): void {
  const { text } = ctx.doc;
  const from = Math.max(paragraph.start, open - DIGITS_LOOKBEHIND);
  const before = DIGITS_BEFORE.exec(text.slice(from, open));
  if (before?.[1] !== undefined)
    digitsThenWords(
      rule,
      ctx,
      words,
      { start: from + before.index, digits: before[1], percent: before[2] },
      open,
      close,
    );
  else wordsThenDigits(rule, ctx, words, paragraph, open, close);
}

/** «5 (пяти)», «5 000 (пять тысяч) тенге», "5% (five per cent)": the digits stay, with a unit the brackets hold. */
function digitsThenWords(
  rule: BuiltinRule,
  ctx: RuleContext,
  words: NumberWords,
  number: { start: number; digits: string; percent: string | undefined },
  open: number,
  close: number,
): void {
  const { text } = ctx.doc;
  const inside = wordsBetween(ctx.doc.words, open + 1, close);
  if (!inside || !BLANK.test(text.slice(open + 1, inside[0]?.start ?? close))) return;
  if (!BLANK.test(text.slice(inside.at(-1)?.end ?? open + 1, close))) return;
  // One number: «двадцать пять», "twenty-five", not «пять, шесть».
  for (let i = 1; i < inside.length; i++)
    if (!NUMBER_GAP.test(text.slice(inside[i - 1]?.end ?? 0, inside[i]?.start ?? 0))) return;
  let units = inside.length;
  while (units > 0 && words.units?.test(normOf(ctx, inside[units - 1])) === true) units--;
  if (numberValue(ctx, words, inside.slice(0, units)) !== digitsValue(number.digits)) return;
  const percent = number.percent?.trim() ?? '';
  const [unitFirst, unitLast] = [inside[units], inside.at(-1)];
  // A unit the digits carry a sign of ("£50", "5%") is said once already.
  const signed = percent !== '' || SIGN_BEFORE.test(text.slice(Math.max(0, number.start - 1), number.start));
  const unit = unitFirst && unitLast && !signed ? ` ${text.slice(unitFirst.start, unitLast.end)}` : '';
  reportFinding(ctx, rule, number.start, close + 1, [`${number.digits}${percent}${unit}`]);
}

/** "five (5)", «пяти (5) рабочих дней»: the digits take the words' place. */
function wordsThenDigits(
  rule: BuiltinRule,
  ctx: RuleContext,
  words: NumberWords,
  paragraph: Paragraph,
  open: number,
  close: number,
): void {
  const { doc } = ctx;
  const { text } = doc;
  const digits = DIGITS_INSIDE.exec(text.slice(open + 1, close))?.[1];
  if (digits === undefined) return;
  const last = firstWordFrom(doc.words, open) - 1;
  const lastWord = doc.words[last];
  if (!lastWord || lastWord.start < paragraph.start || !BLANK.test(text.slice(lastWord.end, open))) return;
  let first = last;
  for (;;) {
    const word = doc.words[first - 1];
    const next = doc.words[first];
    if (!word || !next || word.start < paragraph.start || !NUMBER_GAP.test(text.slice(word.end, next.start)))
      break;
    const norm = normOf(ctx, word);
    if (!words.joiners.has(norm) && !isNumberWord(words, norm)) break;
    first--;
  }
  // The longest run of words worth the digits: "between one and two (2)" doubles "two".
  const value = digitsValue(digits);
  for (; first <= last; first++) {
    if (numberValue(ctx, words, doc.words.slice(first, last + 1)) !== value) continue;
    reportFinding(ctx, rule, doc.words[first]?.start ?? open, close + 1, [digits]);
    return;
  }
}

/** The words wholly inside `start`–`end`, or undefined where a word runs across either edge. */
function wordsBetween(words: readonly Word[], start: number, end: number): Word[] | undefined {
  const inside: Word[] = [];
  for (let w = firstWordFrom(words, start); w < words.length; w++) {
    const word = words[w];
    if (!word || word.start >= end) break;
    if (word.end > end) return undefined;
    inside.push(word);
  }
  return inside;
}

/** The index of the first word that starts at `offset` or after it. */
function firstWordFrom(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle]?.start ?? Number.POSITIVE_INFINITY) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The word as the pack's lists spell it: Kazakh Latin read in Cyrillic, ё as е. */
function normOf(ctx: RuleContext, word: Word | undefined): string {
  if (!word) return '';
  const script = ctx.otherScript;
  return fold(script?.isWritten(word.norm) ? script.toMain(word.norm) : word.norm);
}

function isNumberWord(words: NumberWords, norm: string): boolean {
  return norm.split(/[‐‑-]/u).every((part) => words.values.has(part));
}

/**
 * What the number words say, or undefined for words that are not one number read from the largest part down
 * («двадцать пять», "five hundred and two", «екі мың он бес»; not «пять двадцать», not «пятнадцать пять»).
 */
function numberValue(ctx: RuleContext, words: NumberWords, number: readonly Word[]): number | undefined {
  let total = 0;
  let group = 0;
  let last: number | undefined;
  let scale = Number.POSITIVE_INFINITY;
  let read = false;
  for (let i = 0; i < number.length; i++) {
    const word = number[i];
    if (!word) return undefined;
    const norm = normOf(ctx, word);
    if (words.joiners.has(norm) && i > 0 && i < number.length - 1) continue;
    // A one-letter number word is an article, "a hundred": alone it is a letter ("type a (1)").
    if (norm.length === 1 && (words.values.get(normOf(ctx, number[i + 1])) ?? 0) < 100) return undefined;
    for (const part of norm.split(/[‐‑-]/u)) {
      const value = words.values.get(part);
      if (value === undefined) return undefined;
      read = true;
      if (value >= 1000) {
        if (value >= scale) return undefined;
        total += (group || 1) * value;
        group = 0;
        last = undefined;
        scale = value;
      } else if (value === 100 && last !== undefined && last < 100) {
        group *= 100;
        last = 100;
      } else if (
        last === undefined ||
        (last >= 100 ? value < 100 : last % 10 === 0 && value > 0 && value < 10)
      ) {
        group += value;
        last = value;
      } else return undefined;
    }
  }
  return read ? total + group : undefined;
}

function digitsValue(digits: string): number {
  return Number(digits.replace(/[^\d]/gu, ''));
}
